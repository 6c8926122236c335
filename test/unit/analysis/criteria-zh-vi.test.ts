import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { TODAY, verdict } from '../../support/assert-rule';

// Shapes found by writing fresh Chinese and Vietnamese lines as other authors would.
describe('zh and vi: forecasts and notices with a thing as the subject of 将/sẽ', () => {
  it.each([
    ['市场份额将进一步扩大。', '0'],
    ['服务器将于本周六凌晨 2 点进行维护。', '0'],
    ['KPI考核结果将在月底公布。', '0'],
    // A person, team or organisation before 将 still plans; so does 将 as a coverb.
    ['项目组将在 12 月 15 日前交付第一版原型。', '1 111'],
    ['门诊将在今年内缩短患者候诊时间。', '1 101'],
    ['年内将护理文书合格率提升至98%。', '1 111'],
    ['Hệ thống sẽ bảo trì từ 0h đến 4h ngày 1/12.', '0'],
    ['Thị phần của hãng sẽ tiếp tục mở rộng trong năm tới.', '0'],
    ['Bản open beta sẽ mở vào 10 giờ sáng thứ Tư tuần sau.', '0'],
    ['Chúng tôi sẽ mở thêm 5 cửa hàng ở Hà Nội trước cuối năm.', '1 111'],
    ['Năm tới em sẽ tự phụ trách ít nhất 2 dự án cỡ vừa.', '1 111'],
    ['Tháng sau sẽ mở thêm 2 chi nhánh ở Đà Nẵng.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: school deadlines, chores with a done state, climates and requests', () => {
  it.each([
    // An exam names the deadline with its qualifier; marking and collecting are done or not.
    ['期中考试前给每位学生完成一次一对一谈话。', '1 111'],
    ['每周五批改并发还学生的作文。', '1 111'],
    ['务必在春节前把欠款全部收回。', '1 111'],
    ['本周内回复所有积压的客户投诉。', '1 111'],
    ['全面提升所有门店的服务。', '1 000'],
    // 想把 wants a thing done; 想问 asks.
    ['今年想把外卖的好评率再往上提一提。', '1 101'],
    ['我想问一下报销流程。', '0'],
    // A climate or a feeling is a broad aim; 获得 in 获得感 is no verb.
    ['这学期要把班风搞好。', '1 001'],
    ['今年要让群众的获得感更强。', '1 001'],
    ['下学期绩点提到3.5。', '1 111'],
    // Customers and users counted, or a named system migrated, are specific.
    ['下个月新增50家客户。', '1 111'],
    ['迁移用户鉴权到OAuth2', '1 110'],
    ['今年要服务好客户。', '1 001'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: school terms, chat tasks and finishing every item', () => {
  it.each([
    ['Học kỳ này nâng điểm trung bình môn Toán của lớp lên 7,5.', '1 111'],
    ['Năm học này phải nâng cao chất lượng giảng dạy.', '1 001'],
    ['Kỳ sau nâng GPA lên 3,5.', '1 111'],
    ['Kỳ nghỉ đông học thuộc 3.000 từ vựng TOEIC.', '1 111'],
    ['Học kỳ trước lớp có 3 em bị điểm dưới trung bình.', '0'],
    ['Lắp thêm một máy hút mùi cho bếp.', '1 110'],
    ['Từ từ xây dựng thương hiệu cá nhân.', '1 000'],
    ['Trong tuần này mọi người bổ sung đầy đủ báo cáo tuần giúp em nhé.', '1 111'],
    ['Nhất định phải thu hồi hết công nợ trước Tết.', '1 111'],
    ['Cải thiện toàn bộ trang thanh toán.', '1 100'],
    // A share due at a future date is a target; at a past one, history.
    ['Thị phần ở miền Tây chiếm 25% vào cuối năm sau.', '1 111'],
    ['Thị phần chiếm 25% vào cuối năm ngoái.', '0'],
    ['Hiện thị phần ở miền Tây chiếm khoảng 18%.', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh and vi: vague amounts and achievements, stock chores, effort reports, clock times', () => {
  it.each([
    // An unstated few is no amount; an achievement with nothing named is no metric.
    ['本月要多发几篇推文。', '1 101'],
    ['明年要在华南市场取得突破。', '1 001'],
    ['日活用户突破 50 万。', '1 110'],
    // Break-even is a threshold; clearing stock is done or not (所有过期 is no 有过).
    ['明年上半年实现盈亏平衡。', '1 111'],
    ['本月内清理所有过期库存。', '1 111'],
    ['去年有过类似的活动。', '0'],
    ['Đội ngũ bán hàng đang nỗ lực tăng doanh số.', '0'],
    ['Cửa hàng sẽ mở cửa lúc 8 giờ sáng mai.', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: area headers and named audiences', () => {
  it.each([
    // An area before a goal header is still the header.
    ['销售目标：2027年新增ARR 1200万元。', '1 111'],
    ['营收目标：稳中求进。', '1 000'],
    ['项目计划书已经发给大家了。', '0'],
    // A named audience's satisfaction is a metric; satisfaction alone is a broad aim.
    ['KR2：用户满意度显著提升', '1 100'],
    ['提升满意度。', '1 000'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: notices, effort reports, advice and invitations are no plans', () => {
  it.each([
    ['注意：本周五系统升级。', '0'],
    ['市政府将于下周一起对中山路实施交通管制。', '0'],
    ['我们一直在努力提升服务质量。', '0'],
    ['目标太高了，完成不了。', '0'],
    ['欢迎大家踊跃报名参加培训。', '0'],
    ['提升转化率的方法有很多。', '0'],
    ['要想做好营销，必须先做好产品。', '0'],
    ['客户反馈希望增加导出功能。', '0'],
    // 要想办法 is "must find a way": still a plan.
    ['我们要想办法降低退货率。', '1 100'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: cheers, undecided items, relayed wishes, invitations and advice are no plans', () => {
  it.each([
    ['Cả nhà vất vả rồi, tuần sau tiếp tục cố gắng nhé!', '0'],
    ['Chúng tôi luôn nỗ lực nâng cao chất lượng dịch vụ.', '0'],
    ['Phương án này cần bàn thêm.', '0'],
    ['Nếu ngân sách cho phép, chúng tôi sẽ cân nhắc mở rộng đội ngũ.', '0'],
    ['Khách hàng phản hồi muốn có thêm tính năng xuất file.', '0'],
    ['Mời mọi người đăng ký tham gia buổi đào tạo.', '0'],
    ['Muốn làm marketing tốt thì trước hết phải có sản phẩm tốt.', '0'],
    ['Tăng trưởng chậm lại là xu hướng chung của ngành.', '0'],
    ['这个方案需要再讨论一下。', '0'],
    // A hedged plan is still a plan.
    ['Cố gắng giảm chi phí quảng cáo.', '1 100'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: departments and everyone with a firm modal, 得 as must, 争当', () => {
  it.each([
    ['每个人都要成长。', '1 000'],
    ['销售部要多跑客户。', '1 100'],
    ['我们得加快进度了。', '1 100'],
    ['争当行业标杆。', '1 000'],
    ['今年要把英语捡起来。', '1 101'],
    // A rule reported or a difference of views is no plan.
    ['车间要求所有人佩戴安全帽。', '0'],
    ['每个人想法不同。', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: a vague time before the verb keeps the plan', () => {
  it.each([
    ['后续上线会员积分功能。', '1 110'],
    ['择机推出海外版。', '1 110'],
    ['适时扩大团队规模到50人。', '1 110'],
    ['过段时间把价格调到99元。', '1 110'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: a vague time before the verb keeps the plan', () => {
  it.each([
    ['Sau này mở thêm 10 chi nhánh.', '1 110'],
    ['Sắp tới ra mắt ứng dụng mới.', '1 110'],
    ['Về lâu dài đưa biên lợi nhuận lên 40%.', '1 110'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: admission and a rate held at zero', () => {
  it.each([
    ['今年考上研究生。', '1 111'],
    ['病区压疮发生率年内为零。', '1 111'],
    ['上月投诉率为零。', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh and vi: a report goes on after a comma; relayed orders and missed targets', () => {
  it.each([
    ['Doanh thu tháng 10 đạt 3 tỷ, tăng 15%.', '0'],
    ['营收完成了3亿，增长15%。', '0'],
    // A time of its own makes the next clause a new frame: a target against the rate.
    ['Tháng trước tăng 5%, tháng này tăng 8%.', '1 111'],
    ['Anh Minh bảo phải tăng giá từ tháng sau.', '0'],
    ['Năm ngoái mục tiêu là tăng 20% nhưng chỉ đạt 12%.', '0'],
    ['Tăng trưởng 20% mỗi năm là con số ấn tượng.', '0'],
    // "đảm bảo" is no "bảo".
    ['Đảm bảo 100% nhân viên hoàn thành khóa đào tạo an toàn trước 31/12.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: none at all and paying off in full are measurable', () => {
  it.each([
    ['Cả năm không để xảy ra tai nạn lao động.', '1 111'],
    ['Trước Tết trả hết nợ thẻ tín dụng.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh with English terms is Chinese', () => {
  it.each([
    ['下季度提升 landing page 的 conversion rate', 'zh'],
    ['优化 checkout flow', 'zh'],
    ['提高retention。', 'zh'],
    ['We will launch the 微信 mini program by Q3.', 'en'],
  ])('%s → %s', (text, expected) =>
    expect(analyze(text, { unit: 'line', today: TODAY }).segments[0]?.lang).toBe(expected),
  );
  it('and is analysed as a plan', () => expect(verdict('优化 checkout flow')).toBe('1 100'));
});

describe('zh: status columns, next steps and other people’s plans', () => {
  it.each([
    ['已完成：登录页改版。', '0'],
    ['进行中：支付流程优化。', '0'],
    ['下一步：和法务确认合同条款。', '1 100'],
    ['他们计划明年上市。', '0'],
    ['竞争对手打算降价20%。', '0'],
    ['我们计划明年在华南开设 10 家门店。', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: status columns and other people’s plans', () => {
  it.each([
    ['Đã xong: thiết kế lại trang đăng nhập.', '0'],
    ['Đang làm: tối ưu luồng thanh toán.', '0'],
    ['Họ dự định niêm yết vào năm sau.', '0'],
    ['Bên kia muốn tăng giá 10%.', '0'],
    ['Chúng tôi dự định khai trương 2 chi nhánh mới vào năm sau.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: running totals, outstanding items and care advice are no plans', () => {
  it.each([
    ['本月病区共收治患者312人次，无一例压疮发生。', '0'],
    ['这个月有三个客户拖着尾款没付。', '0'],
    ['明天降温了，大家注意保暖。', '0'],
    ['年底前把还没回款的客户跟进一遍。', '1 101'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: adding or supporting a feature is a delivery', () => {
  it.each([
    ['新增导出CSV功能', '1 110'],
    ['支持微信扫码登录', '1 110'],
    ['下月底前新增导出CSV功能', '1 111'],
    // A count and help are no features: nothing is delivered.
    ['新增会员', '1 100'],
    ['支持一线团队', '1 000'],
    ['新增更多功能', '1 100'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: daily drills and a zero after a time frame name their metric', () => {
  it.each([
    // A time frame and then the amount precede the metric.
    ['实现全年零投诉', '1 111'],
    ['2027年实现全年零投诉', '1 111'],
    // One-character drill verbs before an amount: what follows the amount is what is counted.
    ['每天背 50 个英语单词。', '1 111'],
    ['背30个单词', '1 110'],
    ['每天跑 5 公里', '1 111'],
    ['每天读30页书', '1 111'],
    // An activity verb counted in times or minutes names the activity; 做 names nothing.
    ['每周跑步3次，每次5公里。', '1 111'],
    ['每周做3次', '1 011'],
    ['今天跑了5公里', '0'],
    ['背景：公司去年营收下滑', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: noun-subject plan items and recurring deadlines', () => {
  it.each([
    // The final verb may be followed by its recipient; the object is the noun before it.
    ['Alpha版本在Q2末提交给发行商。', '1 111'],
    ['10月15日前，课题申报书提交至科研处。', '1 111'],
    ['文件已经提交给财务', '0'],
    ['报告上周提交给了老板', '0'],
    // A deadline within each period is the cadence; 上报 hands a ledger up the line.
    ['每月底前上报安全检查台账。', '1 111'],
    ['每周五前提交周报', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: a goal header names its metric', () => {
  it.each([
    ['双十一GMV目标：3000万', '1 111'],
    ['拣货准确率：目标99.8%', '1 110'],
    ['仓库拣货准确率：目标99.8%，按月考核。', '1 111'],
    ['营收目标：3000万', '1 110'],
    // A time or a person before the header names no metric.
    ['本季度目标：3000万', '1 011'],
    ['双十一目标：3000万', '1 011'],
    ['我的目标：成为更好的自己', '1 000'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: numbered milestones plan; advice, running totals and last year’s goal do not', () => {
  it.each([
    ['里程碑M3：6月15日前完成第二章的全部关卡白盒。', '1 111'],
    ['提高客单价的方法主要有三种。', '0'],
    ['全年累计接待游客120万人次。', '0'],
    ['力争全年累计接待游客150万人次。', '1 111'],
    ['去年我们的目标是营收翻一番，结果只完成了一半。', '0'],
    ['去年没达标，今年的目标是营收翻一番。', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: money saved or earned, and an age as the deadline', () => {
  it.each([
    ['我要在30岁前存够100万', '1 111'],
    ['今年要赚到50万', '1 111'],
    ['希望今年能存下5万块钱', '1 111'],
    ['存够10万元', '1 110'],
    ['明年年收入要达到30万', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: vague personal aims and 尽早', () => {
  it.each([
    // 尽早 is a vague time, not the 早上 (morning) of a deadline.
    ['尽早上线新版本', '1 110'],
    ['明天早上9点前提交周报', '1 111'],
    ['品牌知名度更上一层楼', '1 000'],
    ['多陪陪家人', '1 100'],
    ['好好存钱', '1 100'],
    ['今年每月存钱2000元', '1 111'],
    ['陪客户吃饭是常态', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: the manner of finishing names no task; visits and catching up are plans', () => {
  it.each([
    ['确保全年目标顺利完成', '1 001'],
    ['圆满完成全年各项任务', '1 001'],
    ['确保2027年如期交付二期工程', '1 111'],
    ['这个月多拜访几个客户', '1 101'],
    ['寒假期间把数学补上来', '1 101'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: English verbs in a Chinese line, matched as whole words', () => {
  it.each([
    ['本周 ship 新版 onboarding', '1 111'],
    ['月底前 close 5 个 deal', '1 111'],
    ['下个月 push 一下 retention', '1 101'],
    ['上周 ship 了新版 onboarding', '0'],
    ['开启 push 通知即可收到提醒', '0'],
    // Not the "ship" of "relationship" nor the "roi" of "Android".
    ['提升 customer relationship', '1 100'],
    ['90天内明显改善 Android 端的冷启动速度。', '1 101'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: noun-subject plan items with a site, a package or a recipient', () => {
  it.each([
    ['二期工程年底竣工', '1 111'],
    ['首批样品月底前寄给客户', '1 111'],
    ['年终奖方案12月中旬前报给老板', '1 111'],
    ['今年五一前装修好新店', '1 001'],
    ['装修公司报价太高了', '0'],
    // 每周一 is Monday, but 每周一次 is once a week.
    ['每周一前提交周报', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: new-year plans with a one-character verb and a classifier', () => {
  it.each([
    ['今年找一份好工作', '1 001'],
    ['明年考一个好大学', '1 101'],
    ['去年营收增长5%', '0'],
    ['考虑明年再扩张', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: an amount closed by a floor or a ceiling is a target', () => {
  it.each([
    ['城镇新增就业1200万人以上', '1 010'],
    ['客诉率控制在1%以内', '1 110'],
    ['目前日活稳定在12万左右。', '0'],
    ['去年营收增长了10%以上', '0'],
    ['本次活动预计参与人数500人以上', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: 一名 before a judgement of the person is "a", not a count', () => {
  it.each([
    ['做一名更好的老师。', '1 000'],
    ['今年成为一名优秀的产品经理', '1 101'],
    ['招一名前端', '1 110'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: followers named inside the verb and a count held at zero', () => {
  it.each([
    ['下个月涨粉破5000', '1 111'],
    ['今年涨粉上万', '1 111'],
    ['确保安全生产事故为零。', '1 110'],
    ['逾期账款年底前降为零', '1 111'],
    ['他的收入几乎为零', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: the exam or the sale itself as the time of a target', () => {
  it.each([
    ['期末考试数学考到120分以上。', '1 111'],
    ['大促期间转化率做到5%。', '1 111'],
    ['期末考试前复习完所有章节', '1 101'],
    ['上次期末考试考砸了', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: formal and personal plan openers', () => {
  it.each([
    ['拟于明年3月启动二期项目', '1 111'],
    ['我的新年愿望是减肥成功', '1 000'],
    ['接下来重点做私域', '1 100'],
    ['这个月主攻直播带货', '1 101'],
    ['想在明年换一份工作', '1 001'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh and vi: a connector that starts a longer action is that action', () => {
  it.each([
    // 更 (more) is the start of 更新 (update); thêm (more) of thêm (add) + a feature.
    ['更新文档', '1 110'],
    ['本周更新产品路线图', '1 111'],
    ['更加提升服务', '1 000'],
    ['Thêm chức năng xuất CSV', '1 110'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: checkboxes and to-do tags of task lists', () => {
  it.each([
    ['[ ] 更新产品路线图', '1 110'],
    ['TODO 修复支付回调bug', '1 110'],
    ['todo list 太长了', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: a follower count in 粉', () => {
  it.each([
    ['账号目标：3个月做到1万粉', '1 111'],
    ['奶粉销量提升', '1 100'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: a vague time or habit before the verb keeps the plan', () => {
  it.each([
    ['平时多积累客户资源', '1 000'],
    ['日常做好设备巡检', '1 100'],
    ['改天把流程梳理一下', '1 000'],
    ['平时工作很忙', '0'],
    ['定期体检很重要', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: obtaining a named award or certificate is done or not', () => {
  it.each([
    ['年内拿到PMP证书。', '1 111'],
    ['拿到更多奖', '1 000'],
    ['获得用户认可', '1 100'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: reaching a level or a standard by a time is a plan', () => {
  it.each([
    ['明年服务水平达到行业领先水平', '1 001'],
    ['年底前各项指标达到省级标准', '1 101'],
    ['我们的服务达到了行业领先水平', '0'],
    ['产品质量达到国家标准', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: opinions and rules about an aim are no plans', () => {
  it.each([
    ['确保安全是每个人的责任', '0'],
    ['公司力争上游的精神值得学习', '0'],
    ['控制在合理范围内是最好的', '0'],
    ['完成率不低于95%的员工可获得奖金', '0'],
    ['年底前让每位员工都可获得股权激励', '1 101'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: vague done states and the verb after a coverb', () => {
  it.each([
    // After 把, the object may hold a verb of its own (培训, 审批): the action is the last verb.
    ['本月把新人培训落实到位。', '1 101'],
    ['月底前把采购审批流程梳理清楚。', '1 101'],
    // …of two characters or more: 发 of 研发 is no verb.
    ['把更多预算投入到产品研发上。', '1 100'],
    // 搞定 names no done state, unless its object does (验收).
    ['月底前搞定华南区的大客户。', '1 101'],
    ['月底前搞定新仓库的消防验收。', '1 111'],
    ['下个月上线一批新功能。', '1 101'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: unnamed matters, relationships and slogans are no metric', () => {
  it.each([
    ['本周把有关事宜落实一下。', '1 001'],
    ['下周把财务那边的事搞定。', '1 001'],
    ['明年把经销商关系维护好。', '1 001'],
    // 上 of 上级 is no scope marker.
    ['年底前完成上级布置的任务。', '1 001'],
    // A battle as a slogan is neither a count nor a metric.
    ['明年要打赢一场攻坚战。', '1 001'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: numbers that scope or name something are no target', () => {
  it.each([
    // A count between 把/对 and a possessor scopes the object; after a verb it stays a target.
    ['一季度把三个门店的排班理顺。', '1 101'],
    ['年底前完成两个新仓库的验收。', '1 111'],
    // Digits in a name: 4S店, 2号楼, 1对1.
    ['年底前提升4S店的售后满意度。', '1 001'],
    ['下周把2号楼的空调检修完。', '1 111'],
    ['为会员提供1对1的健身指导。', '1 100'],
    // A day of next month is a deadline.
    ['下月15号前交齐年度体检报告。', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: aims without a verb up front, opinions and who has been doing it', () => {
  it.each([
    ['明年利润要有明显的增长。', '1 101'],
    ['下季度的重点放在续费率上。', '1 101'],
    // A stretch of time or after the holiday opens a plan, with no deadline.
    ['年后把新品发布会筹备起来。', '1 100'],
    ['这段时间多盯一下新客的转化。', '1 100'],
    ['多复盘永远不会错。', '0'],
    ['这个方向值得好好研究。', '0'],
    ['客户回访一直是小王在跟进。', '0'],
    // The two false alarms of an earlier attempt at these rules: a past report and an opinion.
    ['去年业绩再创佳绩', '0'],
    ['这个问题值得下功夫', '0'],
    // A verb before 的 is part of a noun.
    ['培训的事已经安排好了。', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: rates and audiences of schools, hotlines and wards are metrics', () => {
  it.each([
    // A broad word (服务) names what the rate is of; the rate is the metric.
    ['要把三年级课后服务的参与率提高到九成。', '1 110'],
    ['春节前把门店的日均翻台率提升到4次。', '1 111'],
    // Citizens and patients are an audience, as customers are.
    ['力争市民热线的群众满意度提升两个百分点。', '1 110'],
    ['提升办事群众的满意度。', '1 100'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: version names, slogans, sites built, steps walked and zero counts', () => {
  it.each([
    // A version year names a plan or a standard (2025版): no amount; 按照 opens a plan.
    ['按照2025版规划，年底前新建12家社区食堂。', '1 111'],
    ['按照2025版标准修订病区的感控手册。', '1 110'],
    // Everyone in a place before a slogan: the slogan names no metric.
    ['今年全厂上下要降本增效。', '1 001'],
    ['持续推进精益生产。', '1 000'],
    ['努力办好人民满意的教育。', '1 000'],
    // Steps walked count in thousands; two steps of a plan are no amount.
    ['每天走一万步。', '1 111'],
    ['分两步走，先把流程理顺。', '1 000'],
    // Zero accidents names its metric after a field of work.
    ['确保全年安全生产零事故。', '1 111'],
    // A delivery verb that names its object (拿下驾照) is specific and done or not.
    ['计划今年内拿下驾照。', '1 111'],
    // A vague time before a level to pass: a target with no deadline.
    ['直播间场观尽快破万。', '1 110'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: advice, job ads, news, report headers and themes are no plans', () => {
  it.each([
    ['建议下季度把广告预算提高20%。', '0'],
    ['招聘启事：诚聘店长2名，要求三年以上餐饮管理经验。', '0'],
    ['记者从市交通局获悉，地铁3号线将于年底开通。', '0'],
    ['地铁3号线将于年底开通。', '0'],
    ['汇报：本月门店营业额完成86万，达成率95%。', '0'],
    ['降本增效是今年全行业的关键词。', '0'],
    // The writer's own plan to open something, and a rate of suggestions, are still plans.
    ['我们将于年底开通3个新站点。', '1 111'],
    ['今年要把建议采纳率提高到20%。', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: a change after a past time that opens the clause reports; news and asking for a way', () => {
  it.each([
    ['今年以来，我院平均住院日缩短至7.6天。', '0'],
    ['去年工厂良品率提升到98.5%。', '0'],
    ['上个月我们计划把转化率提高到5%。', '0'],
    // Last year as a base inside the clause, or a time of the plan's own, keeps the plan.
    ['毛利率在去年基础上提升2个百分点。', '1 110'],
    ['年底前毛利率在去年基础上提升2个百分点。', '1 111'],
    ['新闻：我市将用三年时间新建100所幼儿园。', '0'],
    ['喜报：本月门店营业额突破百万！', '0'],
    ['有什么办法能让直播间的转化率提高一倍', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: permits done, equipment effectiveness and feelings', () => {
  it.each([
    ['务必在月底前把后厨的健康证全部办完。', '1 111'],
    ['上半年把2号线的设备综合效率从78%提升到85%。', '1 111'],
    ['持续改善患者的就医感受。', '1 000'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: a window of hours before a reply, new users in the verb, days in numerals', () => {
  it.each([
    ['2小时内回复所有投诉。', '1 111'],
    ['客服要在2小时内回复所有投诉。', '1 111'],
    // After 到 or with no verb after it, the hours stay the target.
    ['本季度把工单平均处理时长压缩到4小时以内。', '1 111'],
    ['首次响应时间2小时以内。', '1 110'],
    ['月底前拉新15000人。', '1 111'],
    ['年底前将库存周转天数减少十天。', '1 111'],
    // 主要在 stays no plan.
    ['主要在华东地区销售。', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: per-head and achievement rates, 985 as a name, festivals as deadlines', () => {
  it.each([
    ['本季度把团队人均产出提高20%。', '1 111'],
    ['提高团队的人均效能。', '1 000'],
    ['下个月生产计划达成率达到98%。', '1 111'],
    ['提升985高校的招聘比例。', '1 100'],
    ['清明前完成茶园的第一轮施肥。', '1 111'],
    ['年货节期间把店铺客单价提升到200元。', '1 111'],
    ['三八妇女节前完成女职工体检。', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
  it('takes 三八 as a festival only before 节', () => {
    const deadlines = analyze('下周表彰10名三八红旗手。', { today: TODAY, unit: 'line' })
      .segments[0]!.components.filter((c) => c.kind === 'deadline')
      .map((c) => c.text);
    expect(deadlines).toEqual(['下周']);
  });
  it('resolves 6·18 as the June sale', () => {
    const deadline = analyze('明年6·18前把旗舰店的粉丝做到10万。', {
      today: TODAY,
      unit: 'line',
    }).segments[0]!.components.find((c) => c.kind === 'deadline' && c.text.includes('6·18'));
    expect(deadline?.time?.due).toMatch(/-06-18$/);
  });
});

describe('zh: a plan opened by a modal and a holiday or a near date; 618 as a sale', () => {
  it.each([
    ['计划春节带爸妈去海南过年。', '1 101'],
    ['打算国庆带孩子回老家住五天。', '1 111'],
    // 618 before 的/大促 names the sale; as an amount with a unit it is still one.
    ['本周重点是完成618的备货。', '1 111'],
    ['今年销售额做到618万。', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
  it('does not count 618 of the sale as an amount', () => {
    const amounts = analyze('本周重点：618的备货。', {
      today: TODAY,
      unit: 'line',
    }).segments[0]!.components.filter((c) => c.kind === 'target');
    expect(amounts).toEqual([]);
  });
});

describe('zh: suggestions collected, rules, hurrying on and event deadlines', () => {
  it.each([
    // 用户建议 as the object of a plan is no quote; a user who suggests something is.
    ['下月收集100条用户建议', '1 111'],
    ['本周整理一下客户建议', '1 101'],
    ['月底前把用户建议汇总好', '1 101'],
    ['用户建议我们尽快推出夜间模式。', '0'],
    // 不要 forbids: a rule, not a plan (要在 alone still plans).
    ['不要在周末发工作消息', '0'],
    ['上班时间不要把电脑带出公司。', '0'],
    ['客服要在2小时内回复所有投诉。', '1 111'],
    ['采购申请单需经部门负责人签字后方可提交。', '0'],
    // 要抓紧 / 要加紧 with no verb after it is still an aim.
    ['第三批门店的验收要抓紧。', '1 110'],
    ['新系统的切换要加紧。', '1 100'],
    // A season of the grid, a holiday week, a fair: deadlines and periods.
    ['迎峰度夏前完成10条线路的改造。', '1 111'],
    ['国庆黄金周前把客房预订系统升级完。', '1 111'],
    ['展会期间争取收集500条有效线索。', '1 111'],
    ['博览会前把展台物料准备好。', '1 101'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('zh: what a delivery, a count or a name measures', () => {
  it.each([
    // The 服务 inside 服务器 is no broad aim; an inspection routine is a named process.
    ['修复服务器的高危漏洞。', '1 110'],
    ['机房巡检流程优化', '1 100'],
    // 多 + a verb of delivery asks for more of it, not a done state.
    ['今年多招销售。', '1 101'],
    ['明年多发论文。', '1 101'],
    ['今年招三名销售。', '1 111'],
    // Times through and trips are counts.
    ['年会前把所有节目彩排两遍。', '1 111'],
    ['每月回老家两趟。', '1 111'],
    // A count after a verb of improving scopes the object; after a verb of finishing it counts.
    ['明年提升3个门店的坪效。', '1 101'],
    ['完成三个重点项目的交付。', '1 110'],
    // A hotline number is a name.
    ['Q4提升12345热线的接通率。', '1 101'],
    // Deciding is done or not; polishing a brand is a slogan.
    ['月底前敲定明年的物流供应商。', '1 111'],
    ['擦亮酒店服务品牌。', '1 000'],
    // A manner word in the object leaves the delivery measurable.
    ['完成官网的全面改版上线。', '1 110'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));

  it.each([
    // Manner words of a work report before the verb keep the plan.
    ['年底前扎实推进一期工程。', '1 101'],
    ['有序推进老旧小区改造。', '1 100'],
    ['助力实现“双碳”目标。', '1 000'],
    // A number inside a quoted name is no amount.
    ['打造“15分钟便民生活圈”。', '1 100'],
    ['年底前建成“15分钟便民生活圈”。', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));

  it.each([
    // A vision named as such, a comparison with last year, a direction: aims, not reports.
    ['我们的愿景是成为业主最信赖的物业公司。', '1 000'],
    ['今年俱乐部的成绩要比去年好。', '1 001'],
    ['今年营收要比去年多两成。', '1 111'],
    ['今年的成绩比去年好。', '0'],
    ['明年的续保率得往上走。', '1 101'],
    // A decisive year opens a plan; "X是关键。" is a general truth.
    ['明年是关键的一年，大家一定要拼一把。', '1 001'],
    ['细节是关键。', '0'],
    // Slogan verbs; glory and good results are no metric; 每一位 is "every", not one.
    ['带领团队再创佳绩。', '1 000'],
    ['新的一年，再接再厉，再创辉煌！', '1 001'],
    ['每一名员工都要完成8小时的安全培训。', '1 110'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));

  it.each([
    // Report-style verbs and times of a plan: the coming year, around a festival, before a season.
    ['新一年里把服务做到极致。', '1 001'],
    ['旺季来临前把人手配齐。', '1 101'],
    ['国庆到来前完成景区的安全检查。', '1 111'],
    ['下半年重点攻坚大客户。', '1 101'],
    ['勇争第一。', '1 000'],
    // A noun subject's 要 + more of a one-character verb, doing well, keeping up.
    ['编辑部要多出精品内容。', '1 100'],
    ['俱乐部的青训要出成绩。', '1 100'],
    ['农产品的品控要跟上。', '1 000'],
    ['这个项目需要多少人', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));

  it('around a festival and keeping an eye on a target are plans', () => {
    expect(verdict('春节前后把安全这根弦绷紧。')).toMatch(/^1 ..1$/);
    expect(verdict('紧盯年度目标不放松。')).toMatch(/^1 /);
  });

  it.each([
    // Reminders to oneself and a season taken as a chance plan; "现在是时候了" does not.
    ['该把官网的文案改一改了。', '1 100'],
    ['是时候把客服系统升级一下了。', '1 100'],
    ['现在是时候了。', '0'],
    ['不该把预算都花在投放上。', '0'],
    ['趁着旺季多赚点钱。', '1 100'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));

  it.each([
    // This year's quarter or half that has ended is history (today is 2026-11-23).
    ['银行今年一季度新增个人存款120亿元。', '0'],
    ['今年上半年新增个人存款120亿元。', '0'],
    ['今年四季度新增个人存款120亿元。', '1 111'],
    // Rules, contract terms, offers and a publisher's running total are no plans.
    ['按照规定，理赔申请需在事故发生后30天内提交。', '0'],
    ['合同约定乙方须在30日内完成交付。', '0'],
    ['每位会员每月可免费使用健身房10次。', '0'],
    ['出版社今年共出版新书180种。', '0'],
    ['出版社明年出版新书200种。', '1 111'],
    ['逐步扩大社区卫生服务中心的家庭医生签约覆盖面。', '1 100'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));

  it("a wish or a commitment after a time or the team plans; last year's wish does not", () => {
    for (const text of [
      '今年想学会游泳。',
      '明年想多陪陪家人。',
      '我这个月会把周报按时交上去。',
      '下半年我们会加大投放力度。',
      '团队会继续加强与销售的配合。',
    ])
      expect(verdict(text), text).toMatch(/^1 /);
    expect(verdict('去年想换工作，后来没换。')).toBe('0');
    expect(verdict('回去要把报告改好。')).toMatch(/^1 /);
  });

  it.each([
    // 成本 after a coverb is its object, not the tail of a noun (运营成本).
    ['年底前把成本降下来。', '1 101'],
    ['年底前把成本控制在合理范围内。', '1 101'],
    ['将成本降低10%。', '1 110'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));

  it.each([
    // A named process is specific; a bare 流程 is not.
    ['待办：优化招标流程', '1 100'],
    ['年底前续保流程优化', '1 101'],
    ['进一步优化流程，提高效率。', '1 000'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));

  it.each([
    // Work-plan items ending in their verb; a move is done or not, and what follows it reports.
    ['告警收敛', '1 100'],
    ['供应商准入把关', '1 100'],
    ['机房搬迁', '1 110'],
    ['搬迁后的新机房运行稳定。', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));

  it('building something "world-class" has no done state', () => {
    const c = analyze('到2030年建设世界一流的研究型大学。', { unit: 'line', today: TODAY })
      .segments[0]!.criteria!;
    expect(c.M).toBe(false);
    expect(
      analyze('年底前建成新的研究生公寓。', { unit: 'line', today: TODAY }).segments[0]!.criteria!
        .M,
    ).toBe(true);
  });
});

describe('zh: resolutions, 要 + a state, habits, wishes and slogans are vague goals', () => {
  it.each([
    // 不能再/再也不能 + a final 了 is a change of state, not the past; 已经不能再 reports one.
    ['退款到账不能再拖了。', '1 100'],
    ['再也不能让患者白等半天了。', '1 100'],
    ['这台老设备已经不能再修了。', '0'],
    ['上个月退款到账拖了一周。', '0'],
    // 要 + the state or result wanted.
    ['机房的布线要整洁。', '1 100'],
    ['明年膝盖的伤要养好。', '1 101'],
    // Habits with 早/少/多 + verb; their benefit stated is a general truth.
    ['每天早点睡。', '1 001'],
    ['少熬夜，多锻炼。', '1 000'],
    ['多锻炼有益健康。', '0'],
    ['很多和售后有关的问题出在交接环节。', '0'],
    // Wishes: 看能不能 holds 能不能; 要是能 + 了 alone is a regret.
    ['看能不能把房租再谈一谈。', '1 100'],
    ['如果能让复购率再高一点就好了。', '1 100'],
    ['要是能早点发现就好了。', '0'],
    // Slogans.
    ['以更高标准抓好消防安全。', '1 100'],
    ['向精益生产要效益。', '1 000'],
    // A rule with 不要/请勿 + a coverb is no plan item ending in its verb.
    ['周末不要给客户打推销电话。', '0'],
    ['请勿向他人透露账户密码。', '0'],
    ['周五前给客户寄样品。', '1 101'],
    // A firm or vague demand on a result; 一定把 with no time or team guesses at the past.
    ['今年一定把库存周转率提上去。', '1 101'],
    ['他一定把合同带走了。', '0'],
    ['退货率得降下来。', '1 100'],
    ['核心客户不能丢。', '1 100'],
    ['等待时间越短越好。', '1 100'],
    ['上季度的退货率降下来了。', '0'],
    // 不再 after a time to come is a resolution; after a past time it reports.
    ['明年起不再接低价单。', '1 101'],
    ['去年不再合作的供应商有5家。', '0'],
    ['新赛季，球队的成绩更进一步。', '1 001'],
    ['志愿者的热情要调动起来。', '1 100'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: a report goes on after its amount; claims, promotions, cheers and questions', () => {
  it.each([
    // After a report, a verb with its amount right after it goes on reporting, whatever follows.
    ['Doanh thu quý 3 của chuỗi cửa hàng đạt 3,5 tỷ đồng, vượt 8% so với kế hoạch.', '0'],
    ['Năm nay phòng nhân sự tuyển được 35 người, đạt 90% kế hoạch.', '0'],
    ['Lợi nhuận gộp năm nay ước đạt 12 tỷ, tăng 15 phần trăm.', '0'],
    ['Tháng trước lượng truy cập tăng 5%, tháng này chúng tôi đặt mục tiêu tăng 8%.', '1 111'],
    ['Cải thiện tốc độ tải trang là một trong những cách giúp tăng thứ hạng SEO.', '0'],
    ['Nâng cao trải nghiệm khách hàng luôn là ưu tiên hàng đầu của chúng tôi.', '0'],
    ['Khuyến mãi: giảm 50% phí vận chuyển cho đơn hàng đầu tiên trong tháng 12.', '0'],
    ['Chương trình giảm 30% cho đơn từ 500 nghìn áp dụng đến hết ngày 15/12.', '0'],
    ['Tuần rồi team đạt 105% KPI cuộc gọi, cả nhà giữ phong độ nhé!', '0'],
    ['Sếp giao KPI mỗi người phải gọi 50 cuộc một ngày.', '0'],
    ['Có cần đặt KPI cho bộ phận hành chính không nhỉ', '0'],
    ['Mấy tháng nay doanh số cứ giảm dần, không biết phải làm sao.', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: number and date shapes of complete goals', () => {
  it.each([
    ['Giảm tỷ lệ đơn giao trễ xuống 15 phần trăm vào cuối tháng sau.', '1 111'],
    ['Tăng tỷ lệ giữ chân lên 2 điểm phần trăm trong quý 1.', '1 111'],
    ['Chuẩn bị đủ 2.000 hộp quà Tết cho khách hàng thân thiết trước 20 tháng Chạp.', '1 111'],
    ['Quán nghỉ Tết từ 28 tháng Chạp đến mùng 5.', '0'],
    ['Tuyển đủ 12 giáo viên tiếng Anh cho cơ sở mới trước khi khai giảng.', '1 111'],
    // "rút … xuống" cuts down; signing a named contract is done or not; days of a cycle are a metric.
    ['Từ tháng 1, rút thời gian xử lý hoàn tiền xuống còn 3 ngày làm việc.', '1 111'],
    ['Trước 31/1, ký hợp đồng thuê mặt bằng cho showroom ở Hải Phòng.', '1 111'],
    [
      'Phòng tài chính phải giảm số ngày thu tiền bình quân (DSO) từ 65 xuống 50 ngày trong năm tài chính 2027.',
      '1 111',
    ],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));

  const parts = (text: string) =>
    analyze(text, { today: TODAY, unit: 'line' }).segments[0]!.components;
  it('reads "phần trăm" as a percentage and "điểm phần trăm" as points', () => {
    expect(
      parts('Tăng doanh số 15 phần trăm trong quý 1.').find((c) => c.kind === 'target'),
    ).toMatchObject({ text: '15 phần trăm', quantity: { value: 15, unit: 'percent' } });
    expect(
      parts('Tăng tỷ lệ giữ chân 2 điểm phần trăm trong quý 1.').find((c) => c.kind === 'target'),
    ).toMatchObject({ quantity: { value: 2, unit: 'points' } });
  });
  it('resolves lunar dates against the approximate Tết, and "mùng 2 tháng 9" as a calendar date', () => {
    const due = (text: string) => parts(text).find((c) => c.kind === 'deadline')?.time?.due;
    expect(due('Gửi quà cho đối tác trước 20 tháng Chạp.')).toBe('2027-01-22');
    expect(due('Mở bán lại từ mùng 6 Tết.')).toBe('2027-02-06');
    expect(due('Ra mắt bộ sưu tập mới trước mùng 2 tháng 9.')).toBe('2027-09-02');
  });
});

describe('vi: notices of a facility, advice to a class of people, clock times, nouns from verbs', () => {
  it.each([
    // A facility before a bare "sẽ" announces, also after a front-loaded time.
    ['Theo kế hoạch, đến hết ngày 20/12 kho sẽ ngừng nhận hàng trả về.', '0'],
    ['Cửa hàng sẽ nghỉ bán từ 28 tháng Chạp.', '0'],
    ['Đến hết ngày 20/12 đội kho sẽ kiểm kê xong 3 kho miền Bắc.', '1 111'],
    // Advice or a requirement to a class of people is nobody's plan.
    ['Doanh nghiệp nhỏ cần ưu tiên dòng tiền hơn là chạy theo doanh thu.', '0'],
    ['Để đạt chứng chỉ này, học viên cần hoàn thành 6 học phần và 1 bài thi cuối khóa.', '0'],
    ['Để tăng doanh số, chúng ta cần mở thêm 2 kênh bán hàng trong quý 1.', '1 111'],
    // A clock time before a day is no amount.
    ['Hạn nộp hồ sơ dự thi là 17h ngày 5/1/2027.', '0'],
    ['Giảm thời gian xử lý đơn xuống dưới 2h mỗi đơn trong quý 1.', '1 111'],
    // "áp dụng từ" (in force from) opens a start date.
    ['KR2: 90% ticket mức P1 được xử lý trong vòng 4 giờ, áp dụng từ quý 1/2027.', '1 111'],
    // The stretch up to now is history, not this month.
    ['Mấy tháng nay doanh số giảm dần.', '0'],
    ['Hai tuần nay app liên tục bị lỗi đăng nhập.', '0'],
    ['Tháng nay tăng doanh số 10%.', '1 111'],
    // A scope right before a count takes the counted noun as its object.
    ['Đến 30/4, phủ sóng sản phẩm tại 300 điểm bán ở miền Trung.', '1 111'],
    ['Nâng cao chất lượng phục vụ tại 5 chi nhánh trong quý 1.', '1 111'],
    ['Cải thiện trải nghiệm cho 500 khách hàng trong quý 1.', '1 011'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: NFD input and Latin-1-only lines are read as Vietnamese, as NFC is', () => {
  const lang = (text: string) => analyze(text, { today: TODAY, unit: 'line' }).segments[0]!.lang;
  it.each([
    'Tăng doanh thu.',
    'Tăng trưởng 30%.',
    'Thêm chức năng xuất CSV',
    'Báo cáo kinh doanh tháng 10.',
    'Báo cáo quý',
  ])('%s', (text) => {
    expect(lang(text)).toBe('vi');
    expect(lang(text.normalize('NFD'))).toBe('vi');
  });
  it.each(['café au lait', 'Estoy en el trámite', 'São Paulo'])('%s stays as it was', (text) =>
    expect(lang(text)).not.toBe('vi'),
  );
  it('judges an NFD line as its NFC form', () => {
    const nfc = 'Tăng giá trị đơn hàng trung bình từ 350 nghìn lên 420 nghìn đồng trong quý 2.';
    const a = analyze(nfc, { today: TODAY, unit: 'line' }).segments[0]!;
    const b = analyze(nfc.normalize('NFD'), { today: TODAY, unit: 'line' }).segments[0]!;
    expect(b.criteria).toEqual(a.criteria);
    expect(b.components.map((c) => c.kind)).toEqual(a.components.map((c) => c.kind));
  });
});

describe('vi: comparison bases, feature support, putting into use, metric headers and advice', () => {
  it.each([
    // "so với tháng 4" is a comparison base (history), so the report goes on after the comma.
    ['Doanh số bán hàng online tháng 5 đạt 1,2 tỷ đồng, tăng 8% so với tháng 4.', '0'],
    ['Tăng doanh thu online 20% so với năm 2026.', '1 110'],
    ['Hỗ trợ đăng nhập bằng Zalo', '1 110'],
    ['Hỗ trợ đội bán hàng', '1 000'],
    ['Tháng 1 năm sau đưa hệ thống xếp ca mới vào sử dụng.', '1 111'],
    ['Độ chính xác soạn hàng: mục tiêu 99,8%, đánh giá hàng tháng.', '1 111'],
    ['Muốn tăng tỷ lệ chuyển đổi thì phải giảm số bước thanh toán.', '0'],
    ['Muốn mua nhà thì năm nay mình phải tiết kiệm 200 triệu.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: notices of authorities, advice to patients and farmers, job ads, present states', () => {
  it.each([
    // An authority's notice is nobody's plan; a task to send one names its verb first.
    ['UBND phường thông báo cắt điện khu phố 3 từ 8h đến 16h ngày 12/12.', '0'],
    ['Sở Giáo dục thông báo lịch thi tuyển sinh lớp 10 vào ngày 2/6.', '0'],
    ['Điện lực quận khuyến cáo người dân tiết kiệm điện trong mùa nắng nóng.', '0'],
    ['Sở hữu 1 căn hộ chung cư trước năm 2030.', '1 111'],
    // Advice to patients, children, the elderly or farmers, with a condition or an age.
    ['Người bệnh tiểu đường nên đi bộ ít nhất 30 phút mỗi ngày.', '0'],
    ['Bệnh nhân cao huyết áp nên hạn chế muối dưới 5 gam mỗi ngày.', '0'],
    ['Trẻ dưới 6 tuổi không nên xem điện thoại quá 1 giờ mỗi ngày.', '0'],
    ['Người cao tuổi nên tiêm phòng cúm mỗi năm một lần.', '0'],
    ['Nông dân trồng lúa cần theo dõi rầy nâu trong vụ hè thu.', '0'],
    ['Khoa Nhi giảm thời gian chờ nhập viện xuống dưới 2 giờ trong quý 1/2027.', '1 111'],
    // A job ad offers a job; a plan to hire names no preferred candidate.
    ['Tuyển gấp 3 nhân viên bán hàng part-time, lương 25 nghìn/giờ, ưu tiên sinh viên.', '0'],
    ['Trung tâm tuyển giáo viên tiếng Anh, ưu tiên ứng viên có IELTS 7.0 trở lên.', '0'],
    ['Tuyển thêm 8 điều dưỡng cho khoa Hồi sức trước 15/7.', '1 111'],
    // "Hiện" opening a clause states the present; "hiện đại hóa" is a verb of a plan.
    ['Hiện tổng đài của quận tiếp nhận trung bình 300 cuộc gọi mỗi ngày.', '0'],
    ['Hiện chi nhánh Huế có 14 nhân viên.', '0'],
    ['Hiện đại hóa dây chuyền sơn tĩnh điện trong quý 2.', '1 111'],
    // A period's value stated with "là" is a report; a target named as one is not.
    ['Tỷ lệ phế phẩm của dây chuyền đóng gói tháng 11 là 1,8%.', '0'],
    ['Ngân sách quảng cáo tháng 12 là 200 triệu.', '0'],
    ['Doanh thu mục tiêu quý 1 là 15 tỷ đồng.', '1 111'],
    ['KPI tháng 12 là 50 đơn mỗi ngày.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: crop seasons, rainy and flood seasons, all of a year, yields', () => {
  it.each([
    ['Giảm 30% lượng phân bón hóa học trên vườn cam trong vụ tới.', '1 111'],
    ['Phấn đấu vụ đông xuân năm nay đạt năng suất lúa 7 tấn/ha.', '1 111'],
    ['Tăng sản lượng cà phê gấp rưỡi trong niên vụ 2027.', '1 111'],
    ['Trong niên vụ 2026-2027, xuất khẩu 500 tấn hồ tiêu sang châu Âu.', '1 111'],
    ['Vụ trước nhà em thu được 3 tấn cà phê nhân.', '0'],
    // The "vụ" of "dịch vụ" is no crop season.
    ['Nâng cấp dịch vụ sau bán hàng.', '1 000'],
    ['Quận phấn đấu trồng mới 2.000 cây xanh trên các tuyến đường chính trước mùa mưa.', '1 111'],
    ['Thu hoạch xong 10 ha lúa trước mùa lũ.', '1 111'],
    ['Cả năm 2027 không để xảy ra tai nạn lao động tại phân xưởng cơ khí.', '1 111'],
    ['Cả quý 1 không để tồn kho vượt 500 kiện.', '1 111'],
    ['Sống khỏe hơn cùng gia đình.', '1 000'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
  it('resolves crop seasons and the rainy season to dates ahead, a past crop year to history', () => {
    const due = (text: string) =>
      analyze(text, { today: TODAY, unit: 'line' })
        .segments[0]!.components.filter((c) => c.kind === 'deadline' || c.kind === 'history')
        .map((c) => (c.kind === 'history' ? 'past' : (c.time?.due ?? c.time?.kind)));
    expect(due('Giảm 30% lượng phân bón trong vụ tới.')).toEqual(['2027-07-23']);
    expect(due('Tăng sản lượng cà phê gấp rưỡi trong niên vụ 2027.')).toEqual(['2027-12-31']);
    expect(due('Trồng 2.000 cây xanh trước mùa mưa.')).toEqual(['2027-05-01']);
  });
});

describe('vi: a range before its metric', () => {
  it.each([
    ['Giảm từ 20 đến 25% số ca sốt xuất huyết trên địa bàn xã trong năm 2027.', '1 111'],
    ['Tăng doanh số mảng phụ kiện thêm từ 20 đến 25% trong quý 1.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: service volumes, events of last night, claims about an aim, a slider', () => {
  it.each([
    ['Bệnh viện Chợ Rẫy mỗi ngày tiếp nhận khoảng 6.000 lượt khám ngoại trú.', '0'],
    ['Quán phục vụ khoảng 300 khách mỗi ngày.', '0'],
    ['Mỗi ngày tiếp nhận 200 cuộc gọi trong quý 1.', '1 111'],
    ['Quán phấn đấu phục vụ 300 khách mỗi ngày trước Tết.', '1 111'],
    ['Livestream tối qua chỉ có 300 người xem vì trùng giờ bóng đá.', '0'],
    ['Livestream 2 tiếng mỗi tối trong tháng 12.', '1 111'],
    ['Nâng cao dân trí là nhiệm vụ lâu dài của ngành giáo dục.', '0'],
    ['Phấn đấu là động lực giúp mỗi người trưởng thành hơn.', '0'],
    ['Cải thiện chất lượng giấc ngủ giúp giảm nguy cơ mắc bệnh tim mạch.', '0'],
    [
      'Tháng trước tỷ lệ tự giải quyết qua trung tâm trợ giúp tăng 3%, tháng này phải tăng thêm 10%.',
      '1 111',
    ],
    ['Kéo thanh trượt sang phải để tăng mục tiêu số bước mỗi ngày.', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: numbered terms, the Tết month, advice to households, missed targets, causes, opening hours', () => {
  it.each([
    ['Mục tiêu học kỳ 2: 100% học sinh lớp 5 đọc thông viết thạo.', '1 111'],
    ['Mục tiêu HK2: nâng điểm trung bình môn Toán lên 7.', '1 111'],
    ['Học kỳ 1 vừa qua, trường có 96% học sinh đạt hạnh kiểm tốt.', '0'],
    ['Đội xe giao hàng phải đạt 98% đơn giao đúng hẹn trong tháng Tết.', '1 111'],
    // Crop seasons need no digit in the line to be looked for.
    ['Giảm lượng phân bón trong vụ tới.', '1 101'],
    ['Mỗi hộ gia đình cần dự trữ nước sạch trong mùa khô.', '0'],
    ['Người dân cần đeo khẩu trang khi ra đường.', '0'],
    ['Gia đình mình cần tiết kiệm 5 triệu mỗi tháng trong năm 2027.', '1 111'],
    ['Năm ngoái quán đặt mục tiêu 200 khách một ngày nhưng chỉ được 120.', '0'],
    ['Tăng ca liên tục khiến công nhân mệt mỏi và dễ mắc lỗi.', '0'],
    ['Phòng khám mở cửa từ 7h đến 20h tất cả các ngày trong tuần.', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
  it('ends the first term in mid-January and the second at the end of May', () => {
    const due = (text: string) =>
      analyze(text, { today: TODAY, unit: 'line' }).segments[0]!.components.find(
        (c) => c.kind === 'deadline',
      )?.time?.due;
    expect(due('Nâng điểm trung bình môn Toán lên 7 trong học kỳ 1.')).toBe('2027-01-15');
    expect(due('Nâng điểm trung bình môn Toán lên 7 trong học kỳ 2.')).toBe('2027-05-31');
  });
});

describe('vi: "tháng 3 tới" is the coming March, and the verb after it starts the plan', () => {
  it.each([
    ['Tháng 3 tới hoàn thành sửa chữa mái nhà cho bố mẹ ở quê.', '1 111'],
    ['Tháng 2 tới tung ra 3 mẫu áo dài mới cho mùa cưới.', '1 111'],
    // "tới" between two months is "to".
    ['Từ tháng 3 tới tháng 5 tổ chức 4 buổi hội thảo cho khách hàng.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
  it('keeps both months of a range', () => {
    const times = analyze('Từ tháng 3 tới tháng 5 tổ chức 4 buổi hội thảo cho khách hàng.', {
      today: TODAY,
      unit: 'line',
    })
      .segments[0]!.components.filter((c) => c.kind === 'deadline')
      .map((c) => c.text);
    expect(times).toEqual(['Từ tháng 3', 'tới tháng 5']);
  });
});

describe('vi: estimates, terms of an offer, kinds of goals, advice to parents, plans that failed, output volumes', () => {
  it.each([
    ['Thời gian giao hàng dự kiến từ 2 đến 4 ngày.', '0'],
    ['Chúng tôi dự kiến từ tháng 1 mở thêm 2 chi nhánh ở Cần Thơ.', '1 111'],
    ['Để nâng hạng thành viên Vàng, bạn cần tích lũy 5 triệu điểm trong 12 tháng.', '0'],
    ['Để kịp hạn, bạn Lan cần gửi bản thiết kế cho khách trước thứ Năm.', '1 111'],
    ['Mục tiêu SMART là mục tiêu cụ thể, đo lường được, khả thi, phù hợp và có thời hạn.', '0'],
    ['Sinh viên năm cuối phải hoàn thành 4 tháng thực tập trước khi làm khóa luận.', '0'],
    ['Muốn con học giỏi thì bố mẹ nên dành thời gian kèm con mỗi tối.', '0'],
    ['Lúc đầu mình đặt mục tiêu giảm 10 kg trong 3 tháng nhưng không kịp.', '0'],
    ['Mỗi năm Việt Nam xuất khẩu khoảng 7 triệu tấn gạo.', '0'],
    ['Năm sau xuất khẩu 300 tấn cà phê sang Nhật.', '1 111'],
    ['Quý 1 sản xuất 500 tấn phân bón hữu cơ.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: the wedding season, clearing out, check-ups, quitting for good, opening hours as a target', () => {
  it.each([
    ['Giảm lượng khách phải chờ quá 30 phút xuống 5% trước mùa cưới.', '1 111'],
    ['Trong 2 tuần tới, dọn xong kho cũ và bàn giao mặt bằng cho chủ nhà.', '1 111'],
    ['Kiểm tra sức khỏe tổng quát cho cả gia đình trong tháng 1.', '1 111'],
    ['Bỏ hẳn nước ngọt trong 30 ngày tới.', '1 111'],
    ['Tăng giờ mở cửa thêm 2 tiếng mỗi ngày từ tháng 1.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: advice to anyone, claims of harm, goals once set and dropped', () => {
  it.each([
    ['Ai cũng nên có quỹ dự phòng bằng 6 tháng chi tiêu.', '0'],
    ['Phấn đấu hết mình nhưng cũng cần biết nghỉ ngơi.', '0'],
    ['Giảm cân quá nhanh có thể gây hại cho sức khỏe.', '0'],
    ['Mình cũng từng đặt mục tiêu chạy marathon nhưng bỏ dở giữa chừng.', '0'],
    // A cadence of "ngày nào cũng" still plans.
    ['Ngày nào cũng phải đọc 20 trang sách trong tháng 1.', '1 111'],
    ['Giảm 30% sâu bệnh gây hại cho lúa trong vụ tới.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: a fraction is an amount, a numbered place is a name, 24/7 is no date', () => {
  const parts = (text: string) =>
    analyze(text, { today: TODAY, unit: 'line' }).segments[0]!.components;
  it.each([
    // A small fraction after a verb of change is a share, not the 1st of March.
    ['Giảm 1/3 chi phí vận hành trong quý tới.', '1 111'],
    ['Giảm 1/3 chi phí vận hành.', '1 110'],
    ['Cắt giảm gần 1/4 số đơn hoàn trước 30/6.', '1 111'],
    // With a preposition or "ngày" it is still a date.
    ['Trước 1/3 nộp báo cáo thuế quý 4.', '1 111'],
    ['Ngày 1/3 khai trương chi nhánh Huế.', '1 111'],
    // A number right after a place or unit names it: "xưởng 2" is no target.
    ['Tăng sản lượng xưởng 2 trong quý tới.', '1 101'],
    ['Giảm tỷ lệ hàng lỗi của nhà máy số 3 trong năm 2027.', '1 101'],
    ['Mở thêm 2 xưởng may trong năm 2027.', '1 111'],
    ['Giảm tỷ lệ hàng lỗi của nhà máy số 3 xuống 1% trong năm 2027.', '1 111'],
    // Round the clock is no 24 July; "trước 24/7" still is.
    ['Từ quý sau, bộ phận hỗ trợ trực tổng đài 24/7.', '1 111'],
    ['Nộp hồ sơ dự thầu trước 24/7.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
  it('reads "1/3" as a third and keeps its metric', () => {
    const c = parts('Giảm 1/3 chi phí vận hành của xưởng 2 trong quý tới.');
    expect(c.find((x) => x.kind === 'target')).toMatchObject({
      text: '1/3',
      quantity: { unit: 'percent', relative: true },
    });
    expect(c.filter((x) => x.kind === 'target')).toHaveLength(1);
    expect(c.find((x) => x.kind === 'metric')?.text).toBe('chi phí vận hành của xưởng 2');
  });
  it('reads a decimal rating before a slash as one number, not a date', () => {
    const c = parts('Nâng điểm đánh giá lên 4,6/5 trong quý 1.');
    expect(c.filter((x) => x.kind === 'deadline').map((x) => x.text)).toEqual(['trong quý 1']);
  });
});

describe('vi: notices, quoted officials, bare advice, job and enrolment ads, facilities that will close', () => {
  it.each([
    ['Nhà mạng thông báo nâng tốc độ gói cước cáp quang lên 300 Mbps từ ngày 1/1.', '0'],
    ['Ban tổ chức thông báo hạn đăng ký giải chạy kéo dài đến hết ngày 20/12.', '0'],
    ['Công ty thông báo nghỉ Tết từ ngày 25/1 đến hết ngày 2/2.', '0'],
    // An institution's own plan, or a task to send a notice, still plans.
    ['Công ty phấn đấu đạt doanh thu 50 tỷ đồng trong năm 2027.', '1 111'],
    ['Ngân hàng gửi thông báo nhắc nợ cho 100% khách hàng quá hạn trước 15/1.', '1 111'],
    ['Theo tổng giám đốc, năm sau công ty cần mở rộng sang thị trường Campuchia.', '0'],
    ['Theo các chuyên gia, doanh nghiệp nên giữ tỷ lệ nợ dưới 50%.', '0'],
    ['Nên kiểm tra huyết áp ít nhất mỗi tuần một lần.', '0'],
    ['Không nên đặt quá 5 mục tiêu trong một quý.', '0'],
    // With a due date, "Nên…" is a note to self.
    ['Nên hoàn thành báo cáo trước thứ Sáu.', '1 111'],
    ['Tuyển 5 nhân viên kho, không yêu cầu kinh nghiệm, thu nhập hấp dẫn.', '0'],
    ['Trung tâm chiêu sinh khóa tiếng Nhật sơ cấp, khai giảng ngày 10/1.', '0'],
    ['Thang máy khu A sẽ dừng hoạt động từ 8h đến 12h sáng thứ Tư.', '0'],
    ['Tổng đài sẽ tạm ngưng phục vụ trong đêm 31/12.', '0'],
    ['Hội nghị khách hàng sẽ khai mạc lúc 8h30 ngày 15/12.', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: an opening as a deadline; negotiating down, deposits, resolution times; leading destinations', () => {
  it.each([
    ['Bán hết 500 vé VIP trước khi khai mạc giải đấu.', '1 111'],
    ['Đàm phán giảm 8% phí thuê kho với đối tác logistics trước cuối quý 1.', '1 111'],
    ['Tăng tiền gửi của khách hàng cá nhân thêm 500 tỷ đồng trong năm 2027.', '1 111'],
    ['Rút ngắn thời gian giải quyết khiếu nại xuống 3 ngày trong quý tới.', '1 111'],
    ['Sáng tạo 12 mẫu bao bì mới cho dòng bánh Trung thu trước 30/6.', '1 111'],
    // "hàng đầu" is no metric, and a destination is a broad aim.
    ['Trở thành điểm đến hàng đầu miền Tây.', '1 000'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: advice to customers, offers, job ads that prefer a skill; 4G and "thuê bao" are names', () => {
  it.each([
    ['Khách hàng nên đổi mật khẩu ngân hàng 3 tháng một lần.', '0'],
    ['Tuyển thực tập sinh thiết kế đồ họa, ưu tiên biết Figma.', '0'],
    ['Sàn sẽ miễn phí vận chuyển cho đơn từ 99 nghìn trong tháng 12.', '0'],
    ['Quý khách vui lòng thanh toán cước trước ngày 20 hằng tháng.', '0'],
    // A network generation is no amount; a subscriber is no hire.
    ['Cải thiện tốc độ mạng 4G ở vùng nông thôn trong năm tới.', '1 101'],
    ['Phát triển thêm 20 nghìn thuê bao cáp quang trong quý 1.', '1 111'],
    ['Giảm bao bì nhựa 30% trong năm 2027.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
  it('does not take the "thuê" of "thuê bao" for the action', () => {
    const c = analyze('Tặng 5G data cho 1.000 thuê bao mới trong tháng 1.', {
      today: TODAY,
      unit: 'line',
    }).segments[0]!.components;
    expect(c.find((x) => x.kind === 'action')?.text).not.toBe('thuê');
  });
});

describe('vi: a word that leads an amount is no vague word', () => {
  const vague = (text: string) =>
    analyze(text, { today: TODAY, unit: 'line' })
      .segments[0]!.components.filter((c) => c.kind === 'vague')
      .map((c) => c.text);
  it('keeps "thêm" before an amount, flags it with none', () => {
    expect(vague('Huy động thêm 3,5 tỷ đồng tiền gửi trước 30/6.')).toEqual([]);
    expect(vague('Ký thêm 5 khách hàng mới trước cuối quý 2.')).toEqual([]);
    expect(vague('Ký thêm hợp đồng.')).toEqual(['thêm']);
  });
});

describe('vi: complaints counted, ranges and deadlines stated as facts, asking for advice, rules for reporters', () => {
  it.each([
    ['Giảm 15 phần trăm số phàn nàn về wifi của khách lưu trú trong 6 tuần tới.', '1 111'],
    ['Khách hàng phàn nàn rằng thời gian chờ tổng đài quá lâu.', '0'],
    ['Ngày 30/6 là hạn chót nộp báo cáo thuế quý 2.', '0'],
    ['Giá phòng khách sạn 4 sao dịp Tết dao động từ 2 đến 3,5 triệu đồng một đêm.', '0'],
    ['Tôi muốn hỏi về thủ tục cấp lại thẻ ATM.', '0'],
    ['Phóng viên cần nộp bài trước 17h mỗi ngày.', '0'],
    ['Thí sinh phải có mặt tại phòng thi trước 7h.', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('vi: the writer’s own organisation narrows no broad aim; a season as a time frame; schedules announced', () => {
  it.each([
    ['Nâng cao năng lực cạnh tranh của ngân hàng.', '1 000'],
    ['Chúng tôi quyết tâm cải thiện chất lượng phục vụ của nhà hàng.', '1 000'],
    // A concrete unit after "của" still narrows it.
    ['Cải thiện năng suất của dây chuyền số 2.', '1 100'],
    // A numbered place at the end of the line is a name too; "thay" (replace) is a verb.
    ['Tăng sản lượng của xưởng 2.', '1 100'],
    ['Thay toàn bộ rèm cửa ở tầng 3 trước Tết.', '1 111'],
    ['Thay vì chạy quảng cáo, công ty tập trung vào SEO.', '0'],
    ['Cải thiện tỷ lệ thắng của đội bóng trong mùa giải tới.', '1 101'],
    ['Thông tin tuyển sinh sẽ được đăng trên website vào tuần sau.', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});
