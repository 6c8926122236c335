import {
  PAST,
  cadence,
  endOfNamedMonth,
  endOfYear,
  fullDate,
  half,
  monthDay,
  nextWeekday,
  pastFrame,
  quarter,
  thisMonth,
  thisQuarter,
  thisWeek,
  wholeYear,
  within,
} from '../calendar';
import type { CivilDate } from '../calendar';
import type { Lexicon } from './types';
import { text } from '../rewrite-parts';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const month = (s = '') => MONTHS[s.toLowerCase().slice(0, 4)] ?? MONTHS[s.toLowerCase().slice(0, 3)] ?? 0;

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  'a hundred': 100, 'a thousand': 1000, 'a dozen': 12, dozen: 12, 'a couple of': 2, 'a few': 3,
};
const NUM = `(?<n>\\d+|${Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! <= 100).sort((a, b) => b.length - a.length).join('|')})`;
const num = (s = '') => (/^\d+$/.test(s) ? Number(s) : (NUMBER_WORDS[s.toLowerCase()] ?? NaN));
const UNIT = '(?<unit>days?|weeks?|months?|quarters?|years?)';
const unit = (s = '') => s.toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'quarter' | 'year';
const year = (s?: string) => (s ? (s.length === 2 ? 2000 + Number(s) : Number(s)) : undefined);
const ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const DAYS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
const MONTH_NEEDS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
/** This half-year, or the next one. */
const halfFrom = (t: CivilDate, next: boolean) => {
  const h = t.month <= 6 ? 1 : 2;
  return next ? (h === 1 ? half(t, 2) : half(t, 1, t.year + 1)) : half(t, h);
};
const PREP = '(?:(?:by|before|until|till|no later than|on|in|for|through|during|over|at)\\s+)?(?:the\\s+)?';
const END = '(?:(?:the\\s+)?(?:end|close|start|beginning|middle)\\s+of\\s+(?:the\\s+)?)?';

export const en: Lexicon = {
  lang: 'en',
  spaced: true,
  labels: {
    objective: ['objective', 'o', 'obj'],
    keyResult: ['kr', 'key result'],
    goal: ['goal', 'goals', 'target', 'aim', 'okr', 'milestone', 'our goal', 'q1 goal', 'q2 goal', 'q3 goal', 'q4 goal', 'this year\'s goal', 'action item', 'action items', 'ai', 'next steps', 'next step', 'todo', 'to do', 'to-do', 'note to self', 'focus', 'priority', 'commitment', 'resolution'],
  },
  intent: [
    'our plan is to', 'the plan is to', 'plan is to', 'goal is to', 'objective is to', 'target is to', 'mission is to', 'ambition is to', 'priority is to',
    'focus is to', 'we are planning to', "we're planning to", 'planning to', 'we are aiming to', "we're aiming to", 'aiming to', 'i plan to', 'i aim to',
    'we want', 'i want', 'we need', 'i need', 'we would like', "we'd like", 'is to be', 'are to be', 'should be', 'must be', 'has to be',
    'have to be', 'needs to be', 'need to be', 'needs to go', 'has to go', 'aims', 'wants',
    'we want to', 'i want to', 'want to', 'wants to', 'we aim to', 'aim to', 'aims to', 'aim for', 'we plan to', 'plan to', 'plans to',
    'we will', "we'll", 'i will', "i'll", 'will', 'we are going to', "we're going to", 'going to', 'we need to', 'need to', 'needs to',
    'we must', 'must', 'we have to', 'have to', 'has to', "let's", 'let us', 'our goal is', 'the goal is to', 'our target is',
    'the target is', 'our aim is', 'our objective is', 'we intend to', 'intend to', 'we expect to', 'we would like to', "we'd like to",
    "i'd like to", 'would like to', 'we should', 'should', 'we commit to', 'commit to', 'strive to', 'we hope to', 'hope to',
    'target', 'targeting', 'we can',
  ],
  // "Anna to publish…", "Raj and Mei to…", "everyone to…" in meeting notes and action items.
  delegation: '(?:\\p{Lu}[\\p{L}.’\'-]+(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.’\'-]+)?|[Ee]veryone|[Ee]verybody|[Tt]he team|[Ee]ach (?:team|PM|engineer))\\s+to\\s+(?=\\p{Ll})',
  hedges: ['try to', 'try and', 'hopefully', 'we hope to', 'hope to', 'if possible', 'ideally', "we'd like to", 'would like to', 'attempt to', 'strive to', 'maybe', 'perhaps', 'somehow'],
  actions: {
    up: ['broaden', 'cultivate', 'deepen', 'diversify', 'encourage', 'engage', 'foster', 'monetize', 'monetise', 'nurture', 'outperform', 'retain', 'widen', 'upskill',
      'educate', 'empower', 'promote', 'amplify', 'multiply', 'extend', 'increase', 'grow', 'boost', 'raise', 'lift', 'improve', 'expand', 'scale', 'double', 'triple', 'maximize', 'maximise', 'strengthen', 'enhance', 'accelerate', 'drive', 'gain', 'win', 'attract', 'generate', 'acquire', 'add', 'earn', 'increase', 'build up', 'step up', 'speed up', 'ramp up', 'bring in', 'sign up', 'upsell', 'convert', 'turn', 'sell', 'collect', 'capture', 'lead', 'enter', 'expand into'],
    down: ['limit', 'contain', 'curb', 'stabilize', 'stabilise', 'reduce', 'cut', 'decrease', 'lower', 'lose', 'shrink', 'minimize', 'minimise', 'halve', 'trim', 'eliminate', 'bring down', 'drop', 'slash', 'shorten', 'pay off', 'pay down', 'save', 'avoid', 'prevent', 'stop'],
    reach: ['exceed', 'meet', 'surpass', 'top', 'reach', 'hit', 'achieve', 'attain', 'get to', 'maintain', 'keep', 'hold', 'stay', 'secure', 'close', 'sign', 'book', 'land', 'rank', 'become', 'be', 'run', 'read', 'answer', 'resolve', 'handle', 'respond', 'learn', 'practice', 'practise', 'exercise', 'walk', 'train'],
    deliver: ['finish', 'complete', 'write', 'adopt', 'consolidate', 'define', 'develop', 'draft', 'establish', 'finalize', 'finalise', 'fund', 'overhaul', 'pilot',
      'prepare', 'produce', 'prototype', 'rebuild', 'restructure', 'retire', 'standardize', 'standardise', 'submit', 'switch', 'transition', 'unify', 'update', 'validate',
      'pass', 'renew', 'negotiate', 'obtain', 'quit', 'decommission', 'sunset', 'digitize', 'digitise', 'launch', 'ship', 'release', 'publish', 'deploy', 'migrate', 'fix', 'hire', 'recruit', 'onboard', 'open', 'implement', 'roll out', 'build', 'create', 'design', 'redesign', 'deliver', 'introduce', 'set up', 'automate', 'integrate', 'replace', 'remove', 'deprecate', 'upgrade', 'refactor', 'rewrite', 'document', 'test', 'translate', 'localize', 'localise', 'organize', 'organise', 'host', 'run', 'publish', 'send', 'train', 'certify', 'audit', 'patch', 'close out'],
    generic: ['align', 'analyze', 'analyse', 'apply', 'assess', 'champion', 'clean up', 'coach', 'evaluate', 'execute', 'facilitate', 'identify', 'leverage',
      'measure', 'mentor', 'partner with', 'prioritize', 'prioritise', 'refine', 'solve', 'sponsor', 'teach', 'track', 'volunteer', 'donate', 'study', 'meditate',
      'travel', 'speak', 'attend', 'enroll', 'enrol', 'visit', 'spend', 'grow into', "don't let", 'do not let', 'never let', 'push', 'go up', 'get back', 'make', 'do', 'get', 'go', 'work on', 'focus on', 'deliver on', 'delight', 'help', 'support', 'optimize', 'optimise', 'streamline', 'modernize', 'simplify', 'revamp', 'transform', 'refresh', 'explore', 'invest in', 'own', 'dominate', 'establish', 'bring', 'turn', 'move'],
  },
  connectors: ['so', 'and', 'then', 'and then', 'also', 'please', 'now', 'therefore', 'instead', 'next', 'finally'],
  pastMarkers: [
    'last year', 'last quarter', 'last month', 'last week', 'yesterday', 'ago', 'previously', 'in the past', 'so far', 'to date',
    'last time', 'earlier this year', 'has been', 'have been', 'had', 'was', 'were', 'did', 'already', 'year over year in', 'over the last', 'over the past',
  ],
  // Simple past and present perfect: -ed forms and common irregular verbs, plus "has/have + participle".
  pastPatterns: [
    '(?<![\\p{L}\\p{N}])(?!(?:need|speed|feed|seed|bed|red|shed|hundred|indeed|ahead|dead|head|bread|breed|thread|proceed|succeed|exceed|embed)(?![\\p{L}]))[a-z]{2,}(?:ed)(?![\\p{L}\\p{N}])',
    '(?<![\\p{L}\\p{N}])(?:grew|rose|fell|won|got|made|built|drove|hit|beat|sold|ran|brought|saw|went|came|took|gave|spent|lost|began|became|shrank|doubled|tripled|halved|reached|dropped|jumped|climbed|stood|kept|held|led|paid|cut|set|closed|sent|wrote|read|met|missed|ended)(?![\\p{L}\\p{N}])',
    '(?<![\\p{L}\\p{N}])(?:has|have|had)\\s+(?:\\w+\\s+)?(?:been|grown|risen|fallen|gone|seen|won|gotten|[a-z]+ed)(?![\\p{L}\\p{N}])',
  ],
  statusMarkers: ['is up', 'is down', 'are up', 'are down', 'is at', 'are at', 'currently', 'right now', 'at the moment', 'as of today', 'is improving', 'are improving', 'is growing', 'are growing', 'is increasing', 'are working on', 'is working on', 'this week we', 'compared with', 'compared to', 'is on track', 'are on track', 'stands at', 'sits at'],
  reported: ['said', 'says', 'told', 'tells', 'mentioned', 'reported', 'claimed', 'claims', 'according to', 'asked', 'wrote that', 'thinks that', 'believes that', 'suggested that', 'in my opinion', 'i think', 'i believe', 'we think', 'we believe'],
  definition: [
    '^[^,;:]{1,60}?\\s(?:means|refers to|is defined as|stands for|is the (?:number|share|ratio|percentage|rate|metric|measure)|is a (?:metric|measure|number|ratio|term|way|kpi))(?![\\p{L}])',
    '^(?:an?|the)\\s+(?:kpi|okr|goal|objective|metric|key result|target)\\s+is\\s+an?\\s',
  ],
  generic: [
    // Forecasts and scheduled events: about the future, but nobody's aim.
    'probably', 'likely', 'unlikely', 'analysts', 'expects', 'expected to', 'forecast', 'forecasts', 'projected to', 'is projected', 'will be held',
    'is scheduled', 'are scheduled', 'will take place', 'starts at', 'will start at', 'weather permitting', 'at the current run rate', 'on pace to',
    'usually', 'generally', 'typically', 'often', 'tend to', 'tends to', 'always', 'rarely', 'in general', 'as a rule', 'most teams', 'most companies', 'everyone knows', 'is important', 'are important', 'matters', 'is key', 'is essential', 'is overrated', 'are vanity metrics', 'makes sites', 'helps'],
  questionStarts: ['should we', 'can we', 'could we', 'do we', 'does', 'did', 'how', 'what', 'why', 'when', 'where', 'who', 'which', 'is it', 'are we', 'will we', 'would it', 'shall we', 'any idea'],
  ui: {
    verbs: ['click', 'tap', 'press', 'select', 'choose', 'open', 'drag', 'scroll', 'hover', 'toggle', 'go to', 'navigate to', 'type', 'enter', 'switch', 'log in', 'sign in', 'right-click', 'double-click', 'check', 'uncheck', 'use the'],
    nouns: ['button', 'menu', 'tab', 'settings', 'icon', 'link', 'checkbox', 'dropdown', 'slider', 'toolbar', 'dialog', 'field', 'ctrl', 'cmd', 'shift', 'enter key', 'save', 'preferences', 'sidebar', 'panel', 'the + button', 'option', 'switch on', 'turn on', 'auto-sync', 'keyboard'],
  },
  vague: {
    S: ['world-class', 'world class', 'best ever', 'the best', 'best-in-class', 'next level', 'everything', 'things', 'stuff', 'overall', 'in general'],
    M: ['more', 'better', 'significantly', 'substantially', 'a lot', 'a lot more', 'lots of', 'much more', 'greatly', 'dramatically', 'massively', 'considerably', 'faster', 'higher', 'lower', 'fewer', 'less', 'bigger', 'stronger', 'as much as possible', 'maximum', 'some', 'further', 'a bit', 'somewhat', 'noticeably', 'meaningfully', 'way more'],
    T: ['soon', 'asap', 'as soon as possible', 'eventually', 'one day', 'someday', 'some day', 'in the future', 'at some point', 'in due course', 'shortly', 'in the near future', 'sooner or later', 'over time', 'going forward', 'when possible', 'when we can', 'in the long run', 'in the long term', 'sometime'],
  },
  metrics: [
    'signup*', 'sign-up*', 'sign up*', 'lead*', 'mql*', 'sql*', 'churn*', 'nps', 'net promoter score', 'revenue*', 'sales', 'arr', 'mrr', 'profit*', 'margin*', 'roi', 'cac', 'ltv', 'clv',
    'new customers', 'paying customers', 'customer count', 'customer lifetime value', 'lifetime value', 'conversion*', 'conversion rate', 'open rate', 'click-through rate', 'ctr', 'cpc', 'cost per lead', 'cost per click',
    'average order value', 'aov', 'order*', 'deal*', 'bookings', 'pipeline', 'visitor*', 'visit*', 'traffic', 'session*', 'pageview*', 'page views', 'follower*', 'subscriber*', 'user*',
    'account*', 'download*', 'install*', 'review*', 'rating*', 'ticket*', 'response time', 'resolution time', 'handle time', 'handling time', 'wait time', 'load time', 'page load time', 'latency',
    'uptime', 'downtime', 'error rate', 'crash*', 'bug*', 'defect*', 'incident*', 'outage*', 'test coverage', 'coverage', 'build time', 'deploy*', 'release*', 'time-to-hire', 'time to hire', 'headcount', 'engineer*',
    'developer*', 'designer*', 'hire*', 'candidate*', 'attrition', 'turnover', 'retention', 'retention rate', 'employee*', 'satisfaction score', 'csat', 'ces', 'market share', 'spend', 'budget', 'cost*',
    'expense*', 'cash', 'savings', 'debt', 'book*', 'kg', 'pounds', 'weight', 'km', 'mile*', 'marathon', 'post*', 'blog post*', 'article*', 'video*', 'webinar*', 'episode*', 'newsletter*', 'email list', 'mailing list',
    'share*', 'comment*', 'like*', 'mention*', 'backlink*', 'keyword*', 'ranking*', 'search ranking', 'dau', 'mau', 'wau', 'active users', 'trial*', 'activation', 'activation rate', 'renewal*', 'upsell*',
    'invoice*', 'payment*', 'dso', 'win rate', 'quota', 'cycle time', 'lead time', 'velocity', 'story points', 'page', 'app', 'api', 'service', 'feature*', 'version', 'dashboard', 'report', 'course*', 'certification',
    'roas', 'acv', 'arpu', 'gmv', 'nrr', 'grr', 'p95', 'p99', 'sla*', 'slo*', 'mttr', 'share of voice', 'quota attainment', 'pipeline coverage', 'logo*',
    'checkout', 'login', 'onboarding flow', 'onboarding time', 'emergency fund', 'deposit', 'pull request*', 'merge*', 'hour*', 'minute*', 'second*', 'day*', 'point*', 'student*', 'patient*', 'member*', 'partner*', 'store*', 'office*',
  ],
  broad: [
    'business', 'company', 'brand awareness', 'awareness', 'engagement', 'growth', 'performance', 'results', 'impact', 'things', 'everything', 'customer experience', 'experience', 'ux', 'user experience',
    'visibility', 'presence', 'reach', 'productivity', 'efficiency', 'quality', 'culture', 'morale', 'team morale', 'team', 'teamwork', 'collaboration', 'communication', 'process*', 'operations', 'product',
    'the product', 'brand', 'reputation', 'image', 'innovation', 'success', 'fitness', 'health', 'fitter', 'healthier', 'happier', 'life', 'work', 'world', 'customers love', 'our customers', 'customers', 'people',
    'marketing', 'sales and marketing', 'strategy', 'position', 'momentum', 'excellence', 'value', 'satisfaction', 'customer satisfaction', 'loyalty', 'trust', 'onboarding', 'workflow*', 'systems', 'skills',
    'shape', 'in shape', 'efficient', 'productive', 'proactive', 'good', 'great', 'customer-centric', 'financially free', 'free',
    'developer experience', 'employee experience', 'dx', 'org', 'organization', 'organisation', 'everything we do', 'level', 'game',
    'finances', 'money', 'outcomes', 'output', 'effectiveness', 'best', 'it', 'us', 'ourselves', 'the company', 'the business', 'the team', 'everyone', 'around here',
  ],
  fillers: ['the', 'a', 'an', 'our', 'my', 'your', 'their', 'its', 'his', 'her', 'this', 'that', 'these', 'those', 'of', 'overall', 'general', 'total', 'really', 'very', 'all', 'some', 'new', 'existing', 'current', 'we', 'i', 'us', 'it', 'more', 'and', 'or', 'up', 'down', 'out', 'much', 'lot', 'lots', 'bit', 'really', 'just', 'even', 'further', 'further'],
  scope: ['among', 'amongst', 'on', 'in', 'for', 'with', 'across', 'from', 'within', 'at', 'via', 'of', 'per'],
  methodPatterns: [
    '(?<![\\p{L}])(?:through|via|using|by\\s+(?=[a-z]+ing(?![\\p{L}]))|with\\s+(?:a|an|the|our|new)\\s|thanks to|by means of|by way of)(?![\\p{L}])',
  ],
  fromToPatterns: ['(?<![\\p{L}])from\\s+(?<from>\\S+(?:\\s\\S+)?)\\s+(?:to|up to|down to)\\s+(?<to>\\S+)'],
  targetTo: ['(?<![\\p{L}])(?:to|up to|down to|to under|to below|to above|to over|to at least|to less than|to more than|under|below|over|at least|above|of|reach|hit|at)'],
  targetBy: ['(?<![\\p{L}])(?:by|by another|by at least|an additional|another|additional|extra)'],
  numberWords: NUMBER_WORDS,
  multipliers: { double: 2, doubles: 2, triple: 3, triples: 3, quadruple: 4, halve: 0.5, twice: 2, 'twice as many': 2, '2x': 2, '3x': 3, '10x': 10 },
  scales: { k: 1e3, K: 1e3, thousand: 1e3, m: 1e6, M: 1e6, mm: 1e6, mn: 1e6, million: 1e6, bn: 1e9, b: 1e9, billion: 1e9 },
  currencies: ['$', '€', '£', '¥', 'usd', 'eur', 'gbp', 'us$', 'a$', 'c$'],
  timeTriggers: [
    'jan*', 'feb*', 'mar*', 'apr*', 'may', 'jun*', 'jul*', 'aug*', 'sep*', 'oct*', 'nov*', 'dec*', 'quarter*', 'half', 'year*', 'month*',
    'week*', 'day*', 'fy', 'fiscal', 'eoy', 'eoq', 'eom', 'eod', 'eow', 'mon*', 'tue*', 'wed*', 'thu*', 'fri*', 'sat*', 'sun*', 'tomorrow',
    'today', 'tonight', 'yesterday', 'ago', 'daily', 'weekly', 'biweekly', 'fortnightly', 'quarterly', 'annually', 'yearly', 'mom', 'yoy',
    'qoq', 'wow', 'christmas', 'xmas', 'thanksgiving', 'holiday*', 'summer', 'winter', 'spring', 'fall', 'autumn', 'launch', 'conference',
    'night', 'morning', 'evening', 'weekday', 'year-end', 'month-end', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'sprint*', 'mid*', 'end',
  ],
  quantities: [
    {
      pattern: `(?<![\\p{L}\\p{N}])(?<w>${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})(?=\\s+(?!of\\s+(?:us|them|you)))(?![\\p{L}\\p{N}])`,
      parse: (g) => ({ value: NUMBER_WORDS[(g.w ?? '').toLowerCase()] ?? 0, unit: 'count', relative: false }),
    },
    {
      pattern: '(?<![\\p{L}\\p{N}])(?<w>double(?!\\s+down)|doubles|triple|triples|quadruple|halve|twice|a third|a quarter|(?<!\\ba\\s)half|(?<x>\\d+)x)(?![\\p{L}\\p{N}])',
      parse: (g) => {
        const w = (g.w ?? '').toLowerCase();
        const m: Record<string, number> = { double: 2, doubles: 2, triple: 3, triples: 3, quadruple: 4, twice: 2, halve: 0.5, half: 0.5, 'a third': 4 / 3, 'a quarter': 1.25 };
        const v = g.x ? Number(g.x) : m[w];
        return v ? { value: v, unit: 'multiplier', relative: true } : null;
      },
    },
    {
      pattern: '(?<![\\p{L}\\p{N}])top[-\\s](?<n>\\d{1,3}|one|three|five|ten)(?![\\p{L}\\p{N}])',
      parse: (g) => ({ value: num(g.n), unit: 'rank', relative: false }),
    },
  ],
  time: [
    { needs: '\\d[-/.]\\d', pattern: `${PREP}(?<y>20\\d{2})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?!\\d)`, resolve: (g) => fullDate(Number(g.y), Number(g.m), Number(g.d)) },
    {
      pattern: `${PREP}(?<![\\d/])(?<m>\\d{1,2})/(?<d>\\d{1,2})(?:/(?<y>\\d{4}|\\d{2}))?(?![\\d/])`,
      needs: '\\d/\\d',
      resolve: (g, t) => (g.y ? fullDate(year(g.y)!, Number(g.m), Number(g.d)) : monthDay(t, Number(g.m), Number(g.d))),
    },
    {
      pattern: `${PREP}${MONTH}\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(?<y>20\\d{2}))?`,
      needs: MONTH_NEEDS,
      resolve: (g, t) => (g.y ? fullDate(Number(g.y), month(g.mon), Number(g.d)) : monthDay(t, month(g.mon), Number(g.d))),
    },
    {
      pattern: `${PREP}(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(?<y>20\\d{2}))?(?![\\p{L}])`,
      needs: MONTH_NEEDS,
      resolve: (g, t) => (g.y ? fullDate(Number(g.y), month(g.mon), Number(g.d)) : monthDay(t, month(g.mon), Number(g.d))),
    },
    {
      pattern: `(?:(?:by|before|until|till|in|for|through|during|over|since)\\s+(?:next\\s+|this\\s+)?${END}|${END}(?=${MONTH.replace('?<mon>', '?:')}\\s+20\\d{2}))${MONTH}(?:\\s+(?<y>20\\d{2}))?(?![\\p{L}])`,
      needs: MONTH_NEEDS,
      resolve: (g, t) => ({ ...endOfNamedMonth(t, month(g.mon), year(g.y)), months: 1 }),
    },
    {
      pattern: `${PREP}${END}(?:q(?<q>[1-4])|(?<qw>first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter)(?:\\s*(?:of\\s+)?(?:fy\\s?)?(?:'|’)?(?<y>20\\d{2}|\\d{2})(?![\\d%]))?(?![\\p{L}\\p{N}])`,
      needs: 'q[1-4]|quarter',
      resolve: (g, t) => quarter(t, g.q ? Number(g.q) : (ORD[(g.qw ?? '').toLowerCase()] ?? 0), year(g.y)),
    },
    {
      pattern: `${PREP}${END}(?:h(?<h>[12])|(?<hw>first|second|1st|2nd)\\s+half(?:\\s+of\\s+(?:the\\s+)?year)?)(?:\\s*(?:of\\s+)?(?<y>20\\d{2}))?(?![\\p{L}\\p{N}])`,
      needs: 'h[12]|half',
      resolve: (g, t) => half(t, g.h ? Number(g.h) : (ORD[(g.hw ?? '').toLowerCase()] ?? 0), year(g.y)),
    },
    { needs: 'fy|fiscal', pattern: `${PREP}${END}(?:fy|fiscal year|fiscal)\\s?'?(?<y>20\\d{2}|\\d{2})(?![\\p{L}\\p{N}])`, resolve: (g) => wholeYear(year(g.y)!) },
    {
      pattern: `(?:by|before|until|till|in|for|through|during|over|within|since)\\s+${END}(?<y>20\\d{2})(?![\\d%\\p{L}])`,
      needs: '20\\d\\d',
      resolve: (g, t) => (Number(g.y) < t.year ? PAST : { ...wholeYear(Number(g.y)), kind: 'deadline' }),
    },
    {
      pattern: `${PREP}(?:end\\s+of\\s+(?:the\\s+)?year|year[-\\s]end|eoy|this\\s+year|the\\s+year|this\\s+calendar\\s+year|the\\s+end\\s+of\\s+the\\s+year)(?![\\p{L}])`,
      needs: 'year|eoy',
      resolve: (_g, t) => endOfYear(t),
    },
    { needs: 'year', pattern: `${PREP}(?:next\\s+year|the\\s+coming\\s+year)(?![\\p{L}])`, resolve: (_g, t) => endOfYear(t, 1) },
    { needs: 'quarter|eoq', pattern: `${PREP}${END}(?:this|the\\s+current)\\s+quarter|eoq(?![\\p{L}])`, resolve: (_g, t) => thisQuarter(t) },
    { needs: 'quarter', pattern: `${PREP}${END}(?:next|the\\s+coming|the\\s+following)\\s+quarter(?![\\p{L}])`, resolve: (_g, t) => thisQuarter(t, 1) },
    { needs: 'month|eom', pattern: `${PREP}${END}(?:this|the\\s+current)\\s+month|month[-\\s]end|eom(?![\\p{L}])`, resolve: (_g, t) => thisMonth(t) },
    { needs: 'month', pattern: `${PREP}${END}(?:next|the\\s+coming|the\\s+following)\\s+month(?![\\p{L}])`, resolve: (_g, t) => thisMonth(t, 1) },
    { needs: 'week', pattern: `${PREP}${END}(?:this|the)\\s+week(?!s)(?![\\p{L}])`, resolve: (_g, t) => thisWeek(t) },
    { needs: 'week', pattern: `${PREP}${END}next\\s+week(?![\\p{L}])`, resolve: (_g, t) => thisWeek(t, 1) },
    {
      pattern: `(?:within|in|over|during|for)\\s+(?:the\\s+)?(?:next|coming|following)?\\s*${NUM}(?:\\s*(?:-|–|to)\\s*(?<n2>\\d+))?\\s+${UNIT}(?![\\p{L}])`,
      needs: 'day|week|month|quarter|year',
      resolve: (g, t) => within(t, num(g.n2 ?? g.n), unit(g.unit)),
    },
    { needs: 'day|week|month|quarter|year', pattern: `(?:within|in|over)\\s+(?:a|one|the\\s+next)\\s+(?<unit>day|week|month|quarter|year)(?![\\p{L}])`, resolve: (g, t) => within(t, 1, unit(g.unit)) },
    { needs: 'mon|tue|wed|thu|fri|sat|sun', pattern: '(?:by|before|until|on|this|next)\\s+(?<dow>mon|tue|wed|thu|fri|sat|sun)[a-z]*(?![\\p{L}])', resolve: (g, t) => nextWeekday(t, DAYS[(g.dow ?? '').toLowerCase()] ?? 1) },
    { needs: 'tomorrow|tonight|today|eod|eow|end', pattern: '(?:by\\s+)?(?:tomorrow|tonight|today|end\\s+of\\s+(?:the\\s+)?day|eod|end\\s+of\\s+(?:the\\s+)?week|eow)(?![\\p{L}])', resolve: (_g, t) => thisWeek(t) },
    { needs: 'friday|monday|christmas|xmas|year|holiday|thanksgiving|summer|winter|spring|fall|autumn|launch|conference', pattern: '(?:before|by|for|until|ahead\\s+of)\\s+(?:the\\s+)?(?:black\\s+friday|cyber\\s+monday|christmas|xmas|new\\s+year|the\\s+holidays|holiday\\s+season|thanksgiving|summer|winter|spring|fall|autumn|launch\\s+day|the\\s+conference)(?![\\p{L}])', resolve: (_g, t) => ({ kind: 'deadline', due: `${t.year}-12-31` }) },
    { needs: 'every|each|daily|once|per', pattern: '(?:every|each|once\\s+a|per)\\s+(?:single\\s+)?(?:day|morning|evening|weekday)(?![\\p{L}])|daily(?![\\p{L}])(?!\\s+(?:active|recurring|revenue|churn|logo|spend|users?|visitors?|traffic|sales|budget|burn|costs?|retention|signups?|orders?|bookings|growth|average|run[-\\s]rate)(?![\\p{L}]))', resolve: () => cadence('P1D') },
    { needs: 'week|wow', pattern: '(?:every|each|once\\s+a)\\s+week(?![\\p{L}])|weekly(?![\\p{L}])(?!\\s+(?:active|recurring|revenue|churn|logo|spend|users?|visitors?|traffic|sales|budget|burn|costs?|retention|signups?|orders?|bookings|growth|average|run[-\\s]rate)(?![\\p{L}]))|week[-\\s]over[-\\s]week|wow(?![\\p{L}])', resolve: () => cadence('P1W') },
    { needs: 'week|biweekly|fortnight', pattern: '(?:every|each)\\s+(?:two|2|other)\\s+weeks?(?![\\p{L}])|biweekly|fortnightly', resolve: () => cadence('P2W') },
    { needs: 'month|mom', pattern: '(?:every|each|once\\s+a)\\s+month(?![\\p{L}])|monthly(?![\\p{L}])(?!\\s+(?:active|recurring|revenue|churn|logo|spend|users?|visitors?|traffic|sales|budget|burn|costs?|retention|signups?|orders?|bookings|growth|average|run[-\\s]rate)(?![\\p{L}]))|month[-\\s]over[-\\s]month|mom(?![\\p{L}])', resolve: () => cadence('P1M') },
    { needs: 'quarter|qoq', pattern: '(?:every|each|once\\s+a)\\s+quarter(?![\\p{L}])|quarterly(?![\\p{L}])(?!\\s+(?:active|recurring|revenue|churn|logo|spend|users?|visitors?|traffic|sales|budget|burn|costs?|retention|signups?|orders?|bookings|growth|average|run[-\\s]rate)(?![\\p{L}]))|quarter[-\\s]over[-\\s]quarter|qoq(?![\\p{L}])', resolve: () => cadence('P3M') },
    { needs: 'year|annual|yoy', pattern: '(?:every|each|once\\s+a)\\s+year(?![\\p{L}])|annually|yearly(?![\\p{L}])(?!\\s+(?:active|recurring|revenue|churn|logo|spend|users?|visitors?|traffic|sales|budget|burn|costs?|retention|signups?|orders?|bookings|growth|average|run[-\\s]rate)(?![\\p{L}]))|year[-\\s]over[-\\s]year|yoy(?![\\p{L}])', resolve: () => cadence('P1Y') },
    { needs: 'half', pattern: '(?:per|a|each)\\s+half[-\\s]year(?![\\p{L}])', resolve: () => ({ ...cadence('P1Y'), every: 'P6M', months: 6 }) },
    { needs: 'mid', pattern: `${PREP}mid[-\\s]?${MONTH}(?:\\s+(?<y>20\\d{2}))?(?![\\p{L}])`, resolve: (g, t) => (g.y ? fullDate(Number(g.y), month(g.mon), 15) : monthDay(t, month(g.mon), 15)) },
    {
      needs: 'sprint',
      pattern: '(?:(?:by|before|until|in|within|over|during|for)\\s+)?(?:the\\s+)?(?:end\\s+of\\s+)?(?:the\\s+)?(?:(?:this|current|next|coming|following)\\s+(?:(?:two|three|four|2|3|4)\\s+)?sprints?|sprint\\s+\\d{1,4})(?![\\p{L}])',
      // A sprint's dates live in the team's tracker: time-bound, but no calendar date.
      resolve: () => ({ kind: 'deadline', months: 0.5 }),
    },
    { needs: 'half', pattern: `${PREP}${END}(?<which>this|the\\s+current|next|the\\s+next|the\\s+coming)\\s+half(?:[-\\s]year)?(?![\\p{L}])`, resolve: (g, t) => halfFrom(t, /next|coming/i.test(g.which ?? '')) },
    {
      needs: 'fiscal',
      pattern: `${PREP}${END}(?<which>this|the\\s+current|next|the\\s+next|the\\s+coming|last|previous)\\s+fiscal\\s+year(?![\\p{L}])`,
      resolve: (g, t) => (/last|previous/i.test(g.which ?? '') ? PAST : endOfYear(t, /next|coming/i.test(g.which ?? '') ? 1 : 0)),
    },
    { needs: 'last|previous|past', pattern: '(?:last|previous|past)\\s+(?<unit>day|week|month|quarter|year)(?![\\p{L}])', resolve: (g) => pastFrame({ day: 1 / 30, week: 0.25, month: 1, quarter: 3, year: 12 }[unit(g.unit)]) },
    { needs: 'last|past|previous', pattern: `(?:over|in|during)\\s+the\\s+(?:last|past|previous)\\s+${NUM}\\s+${UNIT}(?![\\p{L}])`, resolve: (g) => pastFrame(num(g.n) * { day: 1 / 30, week: 0.25, month: 1, quarter: 3, year: 12 }[unit(g.unit)]) },
    { needs: 'ago|yesterday|last night', pattern: `${NUM}\\s+${UNIT}\\s+ago(?![\\p{L}])|yesterday|last\\s+night`, resolve: () => PAST },
  ],
  rewrite: {
    defaultVerb: 'Increase',
    hints: {
      metric: 'which metric, e.g. trial sign-ups from organic search',
      baseline: 'today’s level, e.g. 2.3%',
      target: 'target, e.g. 5% or +15%',
      deadline: 'deadline, e.g. 2027-03-31 or end of Q3',
    },
    specific: (m) => [text(': '), m],
    measurable: (b, t) => [text(' from '), b, text(' to '), t],
    deadline: (d) => [text(' by '), d],
    deadlineFirst: false,
    keyResult: (n, p) => [text(`KR${n}: Increase `), p.metric, text(' from '), p.baseline, text(' to '), p.target, text(' by '), p.deadline],
    capitalize: true,
  },
};
