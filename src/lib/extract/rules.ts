import { DISPUTES_RULES } from './rules/disputes.ts';
import { GOVERNANCE_RULES } from './rules/governance.ts';
import { TRANSPARENCY_RULES } from './rules/transparency.ts';
import type { TopicId } from './topics.ts';

/**
 * Extraction rules as data. Each rule is one way the genre states one indicator: a cue
 * phrase and a number with its measure word. Rules are tried in order and the first rule
 * that claims a number wins, so narrower readings (成功调解案件N件 = resolved) come before
 * broader ones (调解案件N件 = handled).
 *
 * `examples` are executable: every positive example must yield `value` for the indicator,
 * every negative one (value null) must yield nothing for it (test/lib/extract/rules.test.ts).
 */
export interface RuleExample {
  text: string;
  value: number | null;
}

export interface Rule {
  id: string;
  indicator: string;
  pattern: string; // regex source with the groups of N and U
  topic?: TopicId; // the last topic named before the number (in its sentence, or paragraph) must be this one
  topicInParagraph?: boolean; // look for the topic in the whole paragraph, not just the sentence
  requires?: string; // regex source that must occur in the sentence before the number
  paragraphRequires?: string; // regex source that must occur in the paragraph before the number
  notBefore?: string; // regex source that must not occur just before the cue or between cue and number
  examples: RuleExample[];
}

/** All rules in priority order. */
export const RULES: readonly Rule[] = [...DISPUTES_RULES, ...TRANSPARENCY_RULES, ...GOVERNANCE_RULES];
