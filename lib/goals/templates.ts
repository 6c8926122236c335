import type { Lang } from '../analysis/schema';
import {
  GoalSchema,
  type Cadence,
  type ChangeKind,
  type Goal,
  type GoalInput,
  type GoalUnit,
} from './goal';

/**
 * Starting points for the builder: the shape of a common objective (metric, unit, how the target is
 * expressed, a typical method) in each language. Numbers are left empty on purpose: baseline, target
 * and recent rate must come from the team's own history (the Achievable rule), not from a template.
 *
 * Texts follow the conventions of `phrasebook.ts`: metrics are noun phrases in the nominative, scopes
 * follow the metric (precede it in zh), Russian methods are in the genitive (they follow «за счёт»).
 */

export type Localized = Record<Lang, string>;

export const TEMPLATE_CATEGORIES = [
  'marketing',
  'engineering',
  'support',
  'hr',
  'personal',
] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

export interface GoalTemplate {
  /** Stable kebab-case id, safe to store in a draft. */
  id: string;
  category: TemplateCategory;
  title: Localized;
  metric: Localized;
  scope?: Localized;
  method?: Localized;
  unit: GoalUnit;
  change: ChangeKind;
  cadence?: Cadence;
}

export const TEMPLATES: readonly GoalTemplate[] = [
  {
    id: 'organic-visitors',
    category: 'marketing',
    title: {
      en: 'Grow organic search traffic',
      zh: '提升自然搜索流量',
      ru: 'Рост органического трафика',
      vi: 'Tăng lượng truy cập tự nhiên',
    },
    metric: {
      en: 'organic search visitors per month',
      zh: '自然搜索月访问量',
      ru: 'посетители из органического поиска в месяц',
      vi: 'lượt truy cập từ tìm kiếm tự nhiên mỗi tháng',
    },
    method: {
      en: 'targeted SEO',
      zh: '有针对性的SEO优化',
      ru: 'целевой SEO-оптимизации',
      vi: 'tối ưu SEO có trọng tâm',
    },
    unit: 'count',
    change: 'absolute',
  },
  {
    id: 'leads',
    category: 'marketing',
    title: {
      en: 'Generate leads',
      zh: '获取销售线索',
      ru: 'Привлечение лидов',
      vi: 'Thu hút khách hàng tiềm năng',
    },
    metric: {
      en: 'new leads per month',
      zh: '每月新增销售线索',
      ru: 'новые лиды в месяц',
      vi: 'khách hàng tiềm năng mới mỗi tháng',
    },
    method: {
      en: 'a multichannel email campaign',
      zh: '多渠道邮件营销',
      ru: 'многоканальной email-рассылки',
      vi: 'chiến dịch email đa kênh',
    },
    unit: 'count',
    change: 'absolute',
  },
  {
    id: 'mql-to-sql',
    category: 'marketing',
    title: {
      en: 'Turn more MQLs into SQLs',
      zh: '提高MQL到SQL的转化率',
      ru: 'Конверсия MQL в SQL',
      vi: 'Tăng tỷ lệ chuyển đổi MQL sang SQL',
    },
    metric: {
      en: 'MQL-to-SQL conversion rate',
      zh: 'MQL到SQL的转化率',
      ru: 'конверсия MQL в SQL',
      vi: 'tỷ lệ chuyển đổi MQL sang SQL',
    },
    method: {
      en: 'a shared marketing–sales definition of an SQL',
      zh: '市场部与销售部统一SQL标准',
      ru: 'общего с отделом продаж определения SQL',
      vi: 'thống nhất tiêu chí SQL giữa marketing và bán hàng',
    },
    unit: 'percent',
    change: 'absolute',
  },
  {
    id: 'mobile-conversion',
    category: 'marketing',
    title: {
      en: 'Raise mobile conversion',
      zh: '提升移动端转化率',
      ru: 'Конверсия на мобильных',
      vi: 'Tăng tỷ lệ chuyển đổi trên di động',
    },
    metric: { en: 'conversion rate', zh: '转化率', ru: 'конверсия', vi: 'tỷ lệ chuyển đổi' },
    scope: {
      en: 'on mobile',
      zh: '移动端',
      ru: 'на мобильных устройствах',
      vi: 'trên thiết bị di động',
    },
    method: {
      en: 'a shorter checkout',
      zh: '简化结账流程',
      ru: 'упрощённого оформления заказа',
      vi: 'rút gọn quy trình thanh toán',
    },
    unit: 'percent',
    change: 'absolute',
  },
  {
    id: 'email-open-rate',
    category: 'marketing',
    title: {
      en: 'Lift email open rate',
      zh: '提高邮件打开率',
      ru: 'Открываемость писем',
      vi: 'Tăng tỷ lệ mở email',
    },
    metric: {
      en: 'average monthly email open rate',
      zh: '月均邮件打开率',
      ru: 'средняя открываемость писем за месяц',
      vi: 'tỷ lệ mở email trung bình hằng tháng',
    },
    method: {
      en: 'segmented lists and tested subject lines',
      zh: '细分收件人并测试邮件标题',
      ru: 'сегментации базы и тестирования тем писем',
      vi: 'phân nhóm danh sách nhận và thử nghiệm tiêu đề',
    },
    unit: 'percent',
    change: 'absolute',
  },
  {
    id: 'nps',
    category: 'marketing',
    title: {
      en: 'Raise Net Promoter Score',
      zh: '提升净推荐值',
      ru: 'Рост NPS',
      vi: 'Tăng chỉ số NPS',
    },
    metric: {
      en: 'Net Promoter Score (NPS)',
      zh: '净推荐值（NPS）',
      ru: 'индекс лояльности клиентов (NPS)',
      vi: 'chỉ số NPS',
    },
    method: {
      en: 'proactive support',
      zh: '主动式客户服务',
      ru: 'проактивной поддержки клиентов',
      vi: 'chăm sóc khách hàng chủ động',
    },
    unit: 'points',
    change: 'absolute',
  },
  {
    id: 'social-engagement',
    category: 'marketing',
    title: {
      en: 'Grow social media engagement',
      zh: '提升社交媒体互动',
      ru: 'Вовлечённость в соцсетях',
      vi: 'Tăng tương tác trên mạng xã hội',
    },
    metric: {
      en: 'engagement rate per post',
      zh: '单条帖子互动率',
      ru: 'вовлечённость на публикацию',
      vi: 'tỷ lệ tương tác mỗi bài đăng',
    },
    method: {
      en: 'a weekly content calendar',
      zh: '每周内容排期',
      ru: 'еженедельного контент-плана',
      vi: 'lịch đăng bài hằng tuần',
    },
    unit: 'percent',
    change: 'absolute',
  },
  {
    id: 'market-share',
    category: 'marketing',
    title: {
      en: 'Gain market share',
      zh: '扩大市场份额',
      ru: 'Доля рынка',
      vi: 'Tăng thị phần',
    },
    metric: { en: 'market share', zh: '市场份额', ru: 'доля рынка', vi: 'thị phần' },
    unit: 'percent',
    change: 'absolute',
  },
  {
    id: 'ad-cpc-roi',
    category: 'marketing',
    title: {
      en: 'Compare ad channels by CPC and ROI',
      zh: '按CPC和ROI比较广告渠道',
      ru: 'Сравнение рекламных каналов по CPC и ROI',
      vi: 'So sánh kênh quảng cáo theo CPC và ROI',
    },
    metric: {
      en: 'average cost per click',
      zh: '平均单次点击成本',
      ru: 'средняя цена клика',
      vi: 'chi phí trung bình mỗi lượt nhấp',
    },
    scope: {
      en: 'across paid channels',
      zh: '付费渠道',
      ru: 'по платным каналам',
      vi: 'trên các kênh trả phí',
    },
    method: {
      en: 'moving budget to the channels with the best ROI',
      zh: '把预算转向ROI最高的渠道',
      ru: 'перераспределения бюджета в каналы с лучшим ROI',
      vi: 'dồn ngân sách cho các kênh có ROI cao nhất',
    },
    unit: 'currency',
    change: 'absolute',
  },
  {
    id: 'average-order-value',
    category: 'marketing',
    title: {
      en: 'Raise average order value',
      zh: '提高客单价',
      ru: 'Рост среднего чека',
      vi: 'Tăng giá trị đơn hàng trung bình',
    },
    metric: {
      en: 'average order value',
      zh: '客单价',
      ru: 'средний чек',
      vi: 'giá trị đơn hàng trung bình',
    },
    method: {
      en: 'personalised recommendations',
      zh: '个性化商品推荐',
      ru: 'персональных рекомендаций',
      vi: 'gợi ý sản phẩm cá nhân hóa',
    },
    unit: 'currency',
    change: 'relative',
  },
  {
    id: 'brand-awareness',
    category: 'marketing',
    title: {
      en: 'Build brand awareness in a segment',
      zh: '提升目标人群的品牌知名度',
      ru: 'Узнаваемость бренда в сегменте',
      vi: 'Tăng nhận diện thương hiệu trong một phân khúc',
    },
    metric: {
      en: 'aided brand awareness',
      zh: '品牌提示认知度',
      ru: 'узнаваемость бренда с подсказкой',
      vi: 'mức độ nhận biết thương hiệu có gợi ý',
    },
    scope: {
      en: 'among Gen Z on social media',
      zh: 'Z世代社交媒体用户的',
      ru: 'среди поколения Z в соцсетях',
      vi: 'trong nhóm Gen Z trên mạng xã hội',
    },
    unit: 'percent',
    change: 'relative',
  },
  {
    id: 'engineering-lead-time',
    category: 'engineering',
    title: {
      en: 'Ship changes faster',
      zh: '缩短交付周期',
      ru: 'Быстрее доставлять изменения',
      vi: 'Đưa thay đổi lên production nhanh hơn',
    },
    metric: {
      en: 'median merge-to-production time in hours',
      zh: '合并到上线的中位时长（小时）',
      ru: 'медианное время выкладки изменений в продакшен (ч)',
      vi: 'thời gian trung vị để đưa thay đổi lên production (giờ)',
    },
    method: {
      en: 'automated deployments',
      zh: '自动化部署',
      ru: 'автоматизации развёртывания',
      vi: 'tự động hóa triển khai',
    },
    unit: 'count',
    change: 'absolute',
  },
  {
    id: 'support-first-response',
    category: 'support',
    title: {
      en: 'Answer customers sooner',
      zh: '更快响应客户',
      ru: 'Быстрее отвечать клиентам',
      vi: 'Phản hồi khách hàng nhanh hơn',
    },
    metric: {
      en: 'median first response time in hours',
      zh: '首次响应时间中位数（小时）',
      ru: 'медианное время первого ответа (ч)',
      vi: 'thời gian phản hồi đầu tiên trung vị (giờ)',
    },
    method: {
      en: 'triaging tickets by urgency',
      zh: '按紧急程度分流工单',
      ru: 'сортировки обращений по срочности',
      vi: 'phân loại yêu cầu theo mức độ khẩn cấp',
    },
    unit: 'count',
    change: 'absolute',
  },
  {
    id: 'hr-time-to-hire',
    category: 'hr',
    title: {
      en: 'Hire faster',
      zh: '缩短招聘周期',
      ru: 'Сокращение срока найма',
      vi: 'Rút ngắn thời gian tuyển dụng',
    },
    metric: {
      en: 'average days to hire',
      zh: '平均招聘周期（天）',
      ru: 'средний срок закрытия вакансии (дни)',
      vi: 'số ngày tuyển dụng trung bình',
    },
    method: {
      en: 'structured interviews',
      zh: '结构化面试',
      ru: 'структурированных интервью',
      vi: 'phỏng vấn có cấu trúc',
    },
    unit: 'count',
    change: 'absolute',
  },
  {
    id: 'personal-running',
    category: 'personal',
    title: {
      en: 'Run regularly',
      zh: '坚持跑步',
      ru: 'Регулярный бег',
      vi: 'Chạy bộ đều đặn',
    },
    metric: {
      en: 'kilometres run',
      zh: '跑步公里数',
      ru: 'километраж пробежек',
      vi: 'km chạy bộ',
    },
    method: {
      en: 'three runs booked in the calendar',
      zh: '在日程里固定安排三次跑步',
      ru: 'трёх пробежек, заранее внесённых в календарь',
      vi: 'ba buổi chạy cố định trong lịch',
    },
    unit: 'count',
    change: 'absolute',
    cadence: 'weekly',
  },
  {
    id: 'personal-savings',
    category: 'personal',
    title: {
      en: 'Build up savings',
      zh: '积累储蓄',
      ru: 'Накопления',
      vi: 'Tích lũy tiền tiết kiệm',
    },
    metric: { en: 'savings', zh: '储蓄金额', ru: 'сумма накоплений', vi: 'số tiền tiết kiệm' },
    method: {
      en: 'an automatic transfer on payday',
      zh: '发薪日自动转账',
      ru: 'автоматического перевода в день зарплаты',
      vi: 'tự động chuyển khoản vào ngày nhận lương',
    },
    unit: 'currency',
    change: 'absolute',
  },
];

export function findTemplate(id: string): GoalTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** The partial goal a template stands for, in `lang`. */
export function templateInput(template: GoalTemplate, lang: Lang): GoalInput {
  return {
    lang,
    smart: {
      metric: template.metric[lang],
      scope: template.scope?.[lang] ?? '',
      method: template.method?.[lang] ?? '',
      unit: template.unit,
      change: template.change,
      deadline: { cadence: template.cadence ?? null },
    },
  };
}

/** A new goal started from a template. */
export function goalFromTemplate(template: GoalTemplate, lang: Lang): Goal {
  return GoalSchema.parse(templateInput(template, lang));
}
