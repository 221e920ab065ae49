// Substituted (esbuild --alias) for packages the render bundle pulls in but never
// runs: undici (cheerio's fromURL) and iconv-lite (cheerio's encoding sniffing).
// Anything that reaches for them at run time gets undefined and fails loudly.
module.exports = {};
