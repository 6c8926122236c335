import * as z from 'zod/mini';

/**
 * The engine's data model, one place for every type that crosses a boundary (messages, storage,
 * CLI output). Offsets are UTF-16 code unit indices into the analysed input, exactly what
 * `selectionStart` and DOM ranges use. Written with `zod/mini` (the functional API): the engine
 * runs in the always-loaded content script, where classic zod alone was ~30 KB gzipped.
 */

export const LANGS = ['en', 'zh', 'ru', 'vi'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;
export const DetectedLangSchema = z.enum([...LANGS, 'other']);
export type DetectedLang = z.infer<typeof DetectedLangSchema>;

const Offset = z.int().check(z.nonnegative());

export const SpanSchema = z
  .object({ start: Offset, end: Offset })
  .check(z.refine((s) => s.end >= s.start, 'span end before start'));
export type Span = z.infer<typeof SpanSchema>;

/** S, M, A, R, T. The engine judges S, M, T from the text, A only from stated history, R never. */
export const CriterionSchema = z.enum(['S', 'M', 'A', 'R', 'T']);
export type Criterion = z.infer<typeof CriterionSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const MessageSchema = z.object({
  key: z.string(),
  params: z._default(z.record(z.string(), z.union([z.string(), z.number()])), {}),
});
export type Message = z.infer<typeof MessageSchema>;

export const RewritePartSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({
    kind: z.literal('placeholder'),
    criterion: CriterionSchema,
    /** What to type, in the segment's language, with an example. */
    hint: z.string(),
    slot: z.enum(['metric', 'baseline', 'target', 'deadline']),
  }),
]);
export type RewritePart = z.infer<typeof RewritePartSchema>;

export const RewriteSchema = z.object({
  lang: LangSchema,
  parts: z.array(RewritePartSchema),
});
export type Rewrite = z.infer<typeof RewriteSchema>;

export const SuggestionSchema = z.object({
  /** Message key of the suggestion's label, e.g. `suggest.rewrite`. */
  label: z.string(),
  span: SpanSchema,
  rewrite: RewriteSchema,
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const DiagnosticSchema = z.object({
  /** The id of the rule that fired, e.g. `missing-measurable`. */
  rule: z.string(),
  criterion: z.nullable(CriterionSchema),
  severity: SeveritySchema,
  span: SpanSchema,
  message: MessageSchema,
  suggestions: z.array(SuggestionSchema),
  /** Lower sorts first when several diagnostics overlap (the hint layer shows the first). */
  priority: z.int(),
  /** Index of the segment the diagnostic belongs to. */
  segment: Offset,
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const TimeValueSchema = z.object({
  /** deadline: a point; period: a window; cadence: a recurrence; past: history, never a deadline. */
  kind: z.enum(['deadline', 'period', 'cadence', 'past']),
  /** ISO date the goal is due by, when resolvable against `options.today`. */
  due: z.optional(z.string()),
  /** ISO 8601 period such as `2027-Q3`, `2027-H1`, `2027`, `2027-03`, or a duration like `P6M`. */
  period: z.optional(z.string()),
  /** ISO 8601 duration of a cadence (`P1W`, `P1M`) or of a relative frame. */
  every: z.optional(z.string()),
  /** Length of the frame in months when known, used by the Achievable check. */
  months: z.optional(z.number()),
});
export type TimeValue = z.infer<typeof TimeValueSchema>;

export const QuantityValueSchema = z.object({
  /** Number as written (already scaled for k/M/万/млн…). */
  value: z.number(),
  unit: z.enum(['percent', 'currency', 'count', 'multiplier', 'points', 'rank']),
  /** Relative change (`by 20%`, `double`) versus an absolute level (`to 20%`, `10k users`). */
  relative: z.boolean(),
});
export type QuantityValue = z.infer<typeof QuantityValueSchema>;

export const ComponentKindSchema = z.enum([
  'label',
  'intent',
  'hedge',
  'action',
  'metric',
  'baseline',
  'target',
  'deadline',
  'method',
  'history',
  'vague',
]);
export type ComponentKind = z.infer<typeof ComponentKindSchema>;

export const ComponentSchema = z.object({
  kind: ComponentKindSchema,
  span: SpanSchema,
  text: z.string(),
  time: z.optional(TimeValueSchema),
  quantity: z.optional(QuantityValueSchema),
  /** For `vague`: the criterion the vague word stands in for. */
  criterion: z.optional(CriterionSchema),
});
export type Component = z.infer<typeof ComponentSchema>;

export const CueSchema = z.object({ id: z.string(), weight: z.number(), span: SpanSchema });
export type Cue = z.infer<typeof CueSchema>;

export const AchievableSchema = z.enum(['yes', 'no', 'unknown']);
export type Achievable = z.infer<typeof AchievableSchema>;

export const CriteriaSchema = z.object({
  S: z.boolean(),
  M: z.boolean(),
  T: z.boolean(),
  A: AchievableSchema,
  R: z.literal('ask'),
});
export type Criteria = z.infer<typeof CriteriaSchema>;

export const SegmentRoleSchema = z.enum(['plain', 'objective', 'key-result']);

export const SegmentSchema = z.object({
  index: Offset,
  /** The whole unit including any list marker. */
  span: SpanSchema,
  /** The unit without list marker and surrounding space: what hints underline. */
  content: SpanSchema,
  text: z.string(),
  lang: DetectedLangSchema,
  role: SegmentRoleSchema,
  goal: z.boolean(),
  /** Sum of the cue weights; `goal` is `score >= GOAL_THRESHOLD`. */
  score: z.number(),
  cues: z.array(CueSchema),
  components: z.array(ComponentSchema),
  criteria: z.nullable(CriteriaSchema),
  vague: z.boolean(),
  rewrite: z.nullable(RewriteSchema),
});
export type Segment = z.infer<typeof SegmentSchema>;

export const AnalysisSchema = z.object({
  segments: z.array(SegmentSchema),
  diagnostics: z.array(DiagnosticSchema),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));

export const AnalyzeOptionsSchema = z.object({
  /** Force a language instead of detecting it by script per segment. */
  lang: z.optional(LangSchema),
  /** Languages to analyse; others are segmented but get no diagnostics. */
  languages: z._default(z.array(LangSchema), [...LANGS]),
  /** `sentence` for editors (a paragraph holds many goals), `line` for the CLI (one unit a line). */
  unit: z._default(z.enum(['sentence', 'line']), 'sentence'),
  /** Reference date for resolving deadlines, YYYY-MM-DD. Defaults to the current date. */
  today: z.optional(IsoDate),
  /** Criteria to report diagnostics for (detection still judges all). */
  criteria: z._default(z.array(z.enum(['S', 'M', 'A', 'T'])), ['S', 'M', 'A', 'T']),
  /** Flag hedges and vague words in text that is not a goal. */
  flagOutsideGoals: z._default(z.boolean(), false),
});
export type AnalyzeOptions = z.input<typeof AnalyzeOptionsSchema>;
export type ResolvedOptions = z.output<typeof AnalyzeOptionsSchema>;
