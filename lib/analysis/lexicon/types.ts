import type { Lang, QuantityValue, RewritePart, TimeValue } from '../schema';
import type { CivilDate } from '../calendar';

/**
 * Everything the engine knows about one language, as data. Phrases are plain strings matched
 * case-insensitively on letter boundaries (no boundaries for unspaced scripts); a trailing `*`
 * makes a stem (`увелич*` matches увеличить, увеличим, увеличение), which is how Russian
 * morphology is tolerated. Fields ending in `Pattern(s)` are regex sources.
 */
export interface Lexicon {
  lang: Lang;
  /** False for scripts written without spaces (Chinese): phrases match as substrings. */
  spaced: boolean;
  labels: {
    /** OKR objective markers: qualitative by convention. */
    objective: string[];
    keyResult: string[];
    /** Goal:/Target:/Aim: markers. */
    goal: string[];
  };
  /** Intent and plan phrases ("we want to", "our goal is"). */
  intent: string[];
  /**
   * Optional regex source (case-sensitive) for a task handed to someone at a clause start: "Anna to
   * publish…", "everyone to…". Counts as intent; the action after it is the clause's action.
   */
  delegation?: string;
  /**
   * Unspaced languages put plan items' verbs last ("官网改版上线"): a clause ending in an action
   * verb, with no past or status cue, counts as a plan item.
   */
  verbFinalPlans?: boolean;
  /** Words between a verb and its amount ("thu hút thêm 500…", "bán được 1.000…"): skipped there. */
  amountLeads?: string[];
  /** Purpose openers ("to", "in order to"): followed by another clause, they are no plan item. */
  purpose?: string[];
  /** Words that introduce the object before the real verb (把, 将): the action is the next verb. */
  coverbs?: string[];
  /**
   * Prepositions that may open a plan before its verb ("向财务部提交…", "通过 SEO 提升…"): the
   * action is the next verb, and the phrase is a recipient or a means, not the object.
   */
  prepositions?: string[];
  /** Regex source: what may follow an action verb that makes it part of a noun (完成率, 转化量). */
  actionNounSuffix?: string;
  /**
   * Optional regex source: what, right before an intent phrase, makes it part of another word
   * (主要/重要/只要 + verb: "主要优化了…" reports what was done, it is no 要 + verb plan).
   */
  intentNotAfter?: string;
  /**
   * Optional: a bare future marker (`sẽ`, `将`) after a thing as the subject forecasts or announces
   * ("Hệ thống sẽ bảo trì…", "市场份额将进一步扩大"): nobody's aim. `subject` is a regex source
   * tested on the lowercased clause text before an intent phrase that starts with `marker`.
   */
  forecastSubject?: { marker: string; subject: string };
  /**
   * Optional regex source: what, right before a reported-speech phrase, makes it a noun that is the
   * object of the plan (收集/采纳/100条 + 用户建议: "下月收集100条用户建议" collects suggestions, no
   * user is quoted). Tested on the few characters before the phrase; the next phrase is tried.
   */
  reportedNotAfter?: string;
  /**
   * Optional regex source, tested on the few characters before the action verb: an adverb of "more"
   * there ("多招销售", "多发论文") asks for more of the delivery, which then has no done state.
   */
  moreBeforeAction?: string;
  /** Hedges ("try to", "hopefully"): signal an aim, and get their own diagnostic. */
  hedges: string[];
  /** Action verbs in the form a plan item starts with, by direction. */
  actions: { up: string[]; down: string[]; reach: string[]; deliver: string[]; generic: string[] };
  /** Connectors that may precede an action at a clause start ("so", "then"). */
  connectors: string[];
  /** Clause-level markers of past or completed events. */
  pastMarkers: string[];
  pastPatterns: string[];
  /** Present-state reports: "is up", "currently", "right now". */
  statusMarkers: string[];
  /** Anywhere in the segment: reported speech, definitions, general truths, opinions. */
  reported: string[];
  definition: string[];
  generic: string[];
  /** Question openers (a final question mark is universal). */
  questionStarts: string[];
  /** UI instructions: a verb at the start together with a UI noun, a key or a quoted label. */
  ui: { verbs: string[]; nouns: string[] };
  /** Vague words and phrases, with the criterion each fails to meet. */
  vague: { S: string[]; M: string[]; T: string[] };
  /** Concrete metrics and deliverables (specific on their own). */
  metrics: string[];
  /** Broad aims (specific only with a scope). */
  broad: string[];
  /** Words that carry no meaning for specificity (articles, possessives, fillers). */
  fillers: string[];
  /**
   * Optional regex source on the lowercased unit: a response window on every item ("answer every
   * message within 24 hours", "所有投诉 24 小时内回复") is a limit, i.e. an amount: measurable;
   * so is a task finished on every item ("回复所有积压的投诉", "thu hồi hết công nợ").
   */
  limitPattern?: string;
  /**
   * Optional regex source, tested on the lowercased text from the action verb to the end of its
   * object: a verb that adds or supports something with a feature as its object delivers it, done or
   * not ("新增导出CSV功能", "支持微信扫码登录"), though the verb alone is a verb of growth or a generic
   * one ("新增会员8000人", "支持一线团队"). English lists 'add' as a delivery verb instead.
   */
  deliveryPattern?: string;
  /**
   * Optional regex source, anchored at the unit's start and tested on its lowercased text: a goal
   * header that names its metric ("GMV目标：", "拣货准确率：目标"), with the metric in the named group
   * `m1` or `m2`. It counts as a goal label, and the metric names what the amount measures.
   */
  metricHeader?: string;
  /**
   * Optional regex source, tested on the lowercased action verb: verbs of earning or saving whose
   * bare amount is money ("存够100万", "今年要赚到50万"), so with no other object the money is the
   * metric, as a currency amount is ("Earn £60k").
   */
  moneyVerbs?: string;
  /**
   * Optional regex source: what may close a clause right after its amount to make the amount a
   * floor or a ceiling ("1200万人以上", "1%以内"), a target even with no verb or time; reports state
   * the figure itself.
   */
  targetBound?: string;
  /**
   * Optional regex sources around a count, tested on the lowercased text: `before` anchored at the
   * count's start (a preposition or a coverb: "对", "把"), `after` at its end (its noun as a
   * possessor: "…部门的"). Both matching make the counted thing the scope of the plan, not its
   * target ("把两个部门的报表流程理顺", "加强对两个新仓库的管理"); a delivery on that object is
   * still done or not. A count after a verb stays a target ("完成三个重点项目的交付").
   */
  countScope?: { before: string; after: string };
  /**
   * Optional regex source, anchored at the end of a number written in digits and tested on the
   * text after it: what makes the number part of a name, not an amount ("5G套餐", "3号线",
   * "1对1服务"). The number and what matched are no quantity.
   */
  amountName?: string;
  /** Scope markers: what follows narrows a broad aim ("among Gen-Z", "on Instagram"). */
  scope: string[];
  /**
   * Optional regex source (case-insensitive, no flags needed) matching one abstract head noun a
   * metric phrase may end with ("responsiveness", "协同性"): such a phrase is a broad aim, specific
   * only with a scope or a name. Spaced languages test it on each word, unspaced on the phrase end.
   */
  abstractPattern?: string;
  /** Method markers: "through", "via", "by + gerund". Regex sources. */
  methodPatterns: string[];
  /** "from X to Y" as regex sources with named groups `from` and `to` around quantities. */
  fromToPatterns: string[];
  /** Prepositions before a target level ("to") and a relative change ("by"). Regex sources. */
  targetTo: string[];
  targetBy: string[];
  numberWords: Record<string, number>;
  /** Multipliers as words: "double" = 2 (×, i.e. +100%). */
  multipliers: Record<string, number>;
  /**
   * Optional words after a number that make it a percentage ("15 phần trăm") or percentage points
   * ("2 điểm phần trăm"), where a sign or a short unit is usual elsewhere. Part of the one digit pass.
   */
  unitWords?: { percent?: string[]; points?: string[] };
  /** Scale suffixes after a number: k, M, 万, млн, triệu. */
  scales: Record<string, number>;
  currencies: string[];
  time: TimeRule[];
  /**
   * Words without which no time rule can match (month names, "quarter", "soon"…). With digits they
   * form a cheap prefilter, so most sentences skip the time rules entirely. Optional: without it,
   * every rule is tried.
   */
  timeTriggers?: string[];
  /** Quantities written with words or language-specific shapes (the digit forms are shared). */
  quantities: QuantityRule[];
  rewrite: RewriteLexicon;
}

export interface TimeRule {
  /** Regex source; named groups are passed to `resolve`. */
  pattern: string;
  /**
   * Optional cheap prefilter (regex source, case-insensitive): something no match can do without,
   * e.g. `quarter|q[1-4]`. Rules whose prefilter misses are skipped: most text has no dates.
   */
  needs?: string;
  /** `past` time expressions mark history, never a deadline. */
  resolve: (groups: Record<string, string | undefined>, today: CivilDate) => TimeValue | null;
}

export interface QuantityRule {
  pattern: string;
  parse: (groups: Record<string, string | undefined>, text: string) => QuantityValue | null;
}

export type Placeholder = RewritePart & { kind: 'placeholder' };

/**
 * How a rewrite is phrased. The engine keeps the writer's own words (so every number and date
 * survives), drops intent phrases, hedges and vague words, and inserts what is missing using
 * these templates; a qualitative OKR objective gets a key-result template under it instead.
 */
export interface RewriteLexicon {
  /** Verb put before a bare metric ("Goal: more signups" → "Increase signups …"). */
  defaultVerb: string;
  hints: { metric: string; baseline: string; target: string; deadline: string };
  specific: (metric: Placeholder) => RewritePart[];
  measurable: (baseline: Placeholder, target: Placeholder) => RewritePart[];
  deadline: (deadline: Placeholder) => RewritePart[];
  /** Chinese states the deadline first ("[截止时间]前，…"). */
  deadlineFirst: boolean;
  /** One key result in canonical shape: verb + metric + from baseline + to target + by deadline. */
  keyResult: (
    n: number,
    p: { metric: Placeholder; baseline: Placeholder; target: Placeholder; deadline: Placeholder },
  ) => RewritePart[];
  /** Latin and Cyrillic sentences start with a capital. */
  capitalize: boolean;
}
