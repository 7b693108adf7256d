// The Utrecht React packages export ES modules only (an "import" condition, no "require"). Jest
// resolves with the "require" condition, so for those packages ask for the "import" one; @swc/jest
// then compiles them to CommonJS like our own code (see transformIgnorePatterns).
module.exports = (request, options) =>
  options.defaultResolver(
    request,
    request.startsWith('@utrecht/') ? { ...options, conditions: ['import', 'default'] } : options,
  );
