import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { TODAY } from '../../support/assert-rule';

/** Goal verdict and S/M/T of one line, as `goal SMT` ("1 110") or "0" for a non-goal. */
function verdict(text: string): string {
  const s = analyze(text, { unit: 'line', today: TODAY }).segments[0];
  if (!s?.goal) return '0';
  const c = s.criteria!;
  return `1 ${+c.S}${+c.M}${+c.T}`;
}

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
