// @camunda/form-linting is published for bundlers: its relative imports have no ".js". This
// resolve hook adds it, so Node can run the linter as Camunda Modeler does.
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (specifier.startsWith('.') && !specifier.endsWith('.js')) {
      return nextResolve(specifier + '.js', context);
    }
    throw error;
  }
}
