// jsdom with the web APIs of Node that jsdom lacks: fetch's Request, Response and Headers (the
// generated API client builds its requests with them; tests answer them) and TextEncoder/TextDecoder
// (used by react-router).
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, {
      fetch: (...args) => {
        throw new Error(`Unexpected real fetch in a component test: ${String(args[0])}`);
      },
      Request,
      Response,
      Headers,
      TextEncoder,
      TextDecoder,
    });
  }
}

module.exports = JsdomWithFetchEnvironment;
