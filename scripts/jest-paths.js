// Builds jest's moduleNameMapper from the path aliases in tsconfig.json, so aliases live in one place.
const tsconfig = require('../tsconfig.json');

function pathsToModuleNameMapper() {
  const mapper = {};
  for (const [alias, targets] of Object.entries(tsconfig.compilerOptions.paths)) {
    const pattern = '^' + alias.replace('/*', '/(.*)') + '$';
    mapper[pattern] = '<rootDir>/' + targets[0].replace('/*', '/$1');
  }
  return mapper;
}

module.exports = { pathsToModuleNameMapper };
