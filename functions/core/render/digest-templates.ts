import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { errorMessage, TemplateError } from '../errors.js';

/**
 * The Handlebars templates, compiled once per process: `digest.mjml.hbs`
 * (MJML), `digest.txt.hbs` (the plain-text part) and `partials/*.mjml.hbs`.
 * Each template gets its own Handlebars environment, so nothing registered
 * here leaks into another renderer.
 */

export interface CompiledTemplates {
  mjml: Handlebars.TemplateDelegate;
  text: Handlebars.TemplateDelegate;
}

export async function compileTemplates(dir: string): Promise<CompiledTemplates> {
  const mjmlEnv = Handlebars.create();
  const partialsDir = join(dir, 'partials');
  let partialFiles: string[] = [];
  try {
    partialFiles = (await readdir(partialsDir)).filter((name) => name.endsWith('.hbs')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new TemplateError(`Cannot read ${partialsDir}`, { cause: error });
  }
  for (const file of partialFiles) {
    const path = join(partialsDir, file);
    const source = await readTemplate(path);
    mjmlEnv.registerPartial(file.replace(/\.mjml\.hbs$|\.hbs$/, ''), compile(mjmlEnv, path, source, false));
  }
  const mjmlPath = join(dir, 'digest.mjml.hbs');
  const textPath = join(dir, 'digest.txt.hbs');
  return {
    mjml: compile(mjmlEnv, mjmlPath, await readTemplate(mjmlPath), false),
    // The text part is not HTML: values go in as they are; it is never parsed as markup.
    text: compile(Handlebars.create(), textPath, await readTemplate(textPath), true),
  };
}

async function readTemplate(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new TemplateError(`Cannot read template ${path}: ${errorMessage(error)}`, { cause: error });
  }
}

/** Parses eagerly, so a broken template fails at start-up with its file name, not at the first send. */
function compile(env: typeof Handlebars, path: string, source: string, noEscape: boolean): Handlebars.TemplateDelegate {
  try {
    env.parse(source);
  } catch (error) {
    throw new TemplateError(`Template ${path} does not compile: ${errorMessage(error)}`, { cause: error });
  }
  const template = env.compile(source, { noEscape, strict: false, preventIndent: true });
  return (context, options) => {
    try {
      return template(context, options);
    } catch (error) {
      throw new TemplateError(`Template ${path} failed to render: ${errorMessage(error)}`, { cause: error });
    }
  };
}
