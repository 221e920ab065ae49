/**
 * Test-process setup (vitest `setupFiles`). aws-local-stepfunctions, the
 * States Language interpreter the state-machine tests run, calls
 * `Promise.withResolvers`, which Node 22 has and Node 20 lacks. The project
 * supports both (the Lambdas run on 22), so the tests bring it on 20.
 */
if (typeof (Promise as { withResolvers?: unknown }).withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers<T>(this: PromiseConstructor) {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new this<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
