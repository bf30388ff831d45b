/**
 * Id suffixes of the form controls, shared by the views (which render them) and the validators (whose error
 * summary links focus them). The element prefixes them with its own id, so two surveys on a page never collide.
 */
export const controlIds = {
  option: (questionId: string, index: number) => `${questionId}--${index}`,
  matrixCell: (questionId: string, itemIndex: number, levelIndex: number) => `${questionId}--${itemIndex}-${levelIndex}`,
  text: (questionId: string) => `${questionId}--text`,
  help: (questionId: string) => `${questionId}--help`,
  hint: (questionId: string) => `${questionId}--hint`,
  error: (field: string) => `${field}--error`,
  legend: (field: string) => `${field}--legend`,
};
