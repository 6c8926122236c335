import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/analysis';

describe('detectLanguage', () => {
  it.each([
    ['Increase signups by 20% by Q3', 'en'],
    ['提高品牌知名度，Q3 前 NPS 达到 40', 'zh'],
    ['Увеличить выручку на 20% к концу года', 'ru'],
    ['Tăng doanh thu 20% trong quý 3', 'vi'],
    // Vietnamese typed with combining marks (NFD) is still Vietnamese.
    ['Tăng doanh thu 20% trong quý 3'.normalize('NFD'), 'vi'],
    ['Increase KPI', 'en'],
    ['売上を20%増やす', 'other'],
    ['매출을 늘리다', 'other'],
    ['Збільшити продажі на 20%', 'other'],
    ['زيادة المبيعات بنسبة 20٪', 'other'],
    ['Augmenter les ventes de 20 % d’ici à décembre, réaliser l’équipe élargie', 'other'],
    ['Grow our café’s revenue by 10%', 'en'],
    // Vietnamese in Latin-1 letters only: a tone on a vowel before ng/nh/ch, after kh/nh/ng/th/ph…
    ['Báo cáo kinh doanh tháng 10', 'vi'],
    ['Báo cáo quý', 'vi'],
    ['Nguyễn Văn A'.normalize('NFD'), 'vi'],
    // …but a Vietnamese or French name in an English sentence leaves it English.
    ['Hire Khánh as PM by June', 'en'],
    ['Improve the Théo onboarding flow', 'en'],
    ['Book the Thé Dansant event for our clients by May', 'en'],
    ['Nous voulons améliorer la thématique du site', 'other'],
    ['🚀🚀🚀', 'other'],
    ['12345', 'other'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
