import { FORBIDDEN_IN_ONE_LINE } from '../src/core/api/inputRules.ts';

export { FORBIDDEN_IN_ONE_LINE };

/** A stored text from before this rule: those characters shown as spaces. */
export const asOneLine = (text: string) => text.replace(new RegExp(FORBIDDEN_IN_ONE_LINE.source, 'gu'), ' ');
