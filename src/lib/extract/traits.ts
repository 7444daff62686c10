/**
 * How indicators relate, as the genre uses them (data, not code):
 * - STANDING: counts of a standing list (权力清单, 许可事项) belong to the year the report covers.
 * - PAIRED_WITH: a sub-count or rate is only meaningful next to the count it is part of
 *   (调解成功 with 调解纠纷, 纠错率 with 审结). A count and a rate about different scopes are never paired.
 */
export const STANDING: ReadonlySet<string> = new Set(['power_list.items', 'licensing.items']);

export const PAIRED_WITH: Readonly<Record<string, readonly string[]>> = {
  'mediation.resolved': ['mediation.disputes'],
  'mediation.success_rate': ['mediation.disputes', 'mediation.resolved'],
  'reconsideration.closed': ['reconsideration.received'],
  'reconsideration.corrected': ['reconsideration.closed', 'reconsideration.received'],
  'reconsideration.correction_rate': ['reconsideration.closed', 'reconsideration.received', 'reconsideration.corrected'],
  'litigation.cases_closed': ['litigation.cases_received'],
  'disclosure.requests_answered': ['disclosure.requests_received'],
  'enforcement.exam_pass_rate': ['enforcement.officers_examined'],
  'arbitration.amount_cny': ['arbitration.cases'],
  'petitions.persons': ['petitions.cases'],
};

/** Indicators whose figures are reported per level of government (人大/政协 of 市 vs 区). */
export const LEVELLED: ReadonlySet<string> = new Set(['proposals.npc_handled', 'proposals.cppcc_handled']);
