import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { TODAY, verdict } from '../../support/assert-rule';

// Shapes from a seventh batch of English lines (schools, wards, kitchens, studios, minutes).
describe('en: goal detection and criteria', () => {
  it.each([
    // A school year group ("Year 9") is a name, not "every year" or "the year".
    ['Raise the Year 11 maths pass rate from 62% to 75% by the summer exams.', '1 111'],
    ['Run a mock interview for every Year 13 student.', '1 110'],
    ['Publish the safeguarding report every year.', '1 111'],
    ['Reduce late homework this year.', '1 101'],
    // Half-term is a school break (a deadline), not half of an amount.
    ['Get every pupil reading 20 minutes a day by half-term.', '1 111'],
    ['Improve spelling scores before the October half term.', '1 101'],
    ['Halve the marking backlog.', '1 110'],
    ['Improve the half-year report.', '1 100'],
    ['Halve the half-day backlog by June.', '1 111'],
    // Zero is an amount: a target of none.
    ['Target: zero ward-acquired pressure ulcers this quarter.', '1 111'],
    ['Keep forklift incidents at zero for the rest of the year.', '1 111'],
    // Adding, circulating or booking a named thing is done or not.
    ['Add CSV export to the invoices table.', '1 110'],
    ['Add rate limiting to the public API', '1 110'],
    ['Add more value for customers.', '1 000'],
    ['Action: Priya to circulate the revised budget by Friday.', '1 111'],
    ['Book the venue for the offsite in March.', '1 111'],
    ['Revise organic chemistry before the mock on the 12th.', '1 101'],
    // Money with no other object is the metric.
    ['Earn £60k in 2027 without working weekends.', '1 111'],
    ['Save $500 a month.', '1 111'],
    // Forecasts and meeting headers are no one's aim.
    ['It is expected that sales will increase by 10% next year.', '0'],
    ['Next meeting: 3 December, 10am.', '0'],
    ['Upcoming review - Friday 14:00', '0'],
    // Holidays, seasons, launches, terms and fortnights are time frames.
    ['Get 50 five-star reviews on Google by Easter.', '1 111'],
    ['Launch the loyalty card in the new year.', '1 111'],
    ['Migrate the CRM over the holidays.', '1 111'],
    ['Going to start running again in the spring.', '1 101'],
    ['In spring 2025 we moved offices.', '0'],
    ['The app should feel snappier by launch.', '1 101'],
    ['Run 3 customer interviews every fortnight.', '1 111'],
    ['Finish the first draft of my thesis by the end of term.', '1 111'],
    ['Respond to all complaints within two working days.', '1 111'],
    // A window after an event is a limit: an amount.
    ['Close the books within five business days of month-end.', '1 111'],
    ['Grow signups 10% next FY.', '1 111'],
    ['Ship the export by end of sprint.', '1 111'],
    ['Ship the export in 2 sprints.', '1 111'],
    ['Run two sprints on the new checkout.', '1 110'],
    ['Cut food waste by 10% this fall.', '1 111'],
    ['Publish the newsletter by end of month.', '1 111'],
    ['Hire a part-time bookkeeper by year’s end.', '1 111'],
    ['Run one parents’ workshop each term.', '1 111'],
    ['Submit the dissertation by graduation.', '1 111'],
    ['Present the accounts by the AGM.', '1 111'],
    ['Q3 review: what went well and what didn’t', '0'],
    ['Then review.', '1 000'],
    ['Conversion to paid — 3% by end of quarter.', '1 111'],
    // How-to content, promotions and negated plans are no one's aim.
    ["In this post, I'll show you how to increase sales.", '0'],
    ['This course will teach you how to boost conversion.', '0'],
    ['20% off all courses until the end of the month!', '0'],
    ['Cut discounts to 10% off all renewals by June.', '1 111'],
    ["We don't plan to expand next year.", '0'],
    ["We're not planning to hire in Q1.", '0'],
    ['Prices will rise 5% in January.', '0'],
    ['Cut prices 5% in January.', '1 111'],
    ['Stores will open at 9am during the holidays.', '0'],
    ['Sign up to get 20% off your first order.', '0'],
    ['Goals for next year will be set in January.', '0'],
    ['Goals: grow revenue 10% by June.', '1 111'],
    // Wishes for the team, next steps and named priorities are aims.
    ["I'd like us to be more data-driven.", '1 000'],
    ['Next step is to improve the checkout.', '1 100'],
    ['Key priority: onboarding.', '1 000'],
    // A year after a season is the season's year, not an amount.
    ['Raise third-grade reading proficiency from 58% to 70% by spring 2028.', '1 111'],
    ['Open the terrace by summer.', '1 111'],
    ['Improve the playground by summer 2027.', '1 101'],
    ['Replace the auditorium seats before the September recital.', '1 111'],
    ['Improve the playground by Christmas 2027.', '1 101'],
    ['Improve the playground for the 2027/28 school year.', '1 101'],
    ['Sell 2027 tickets by Christmas.', '1 111'],
    ['Our 2025 season was great.', '0'],
    ['Repaint the classrooms before the Ofsted inspection.', '1 111'],
    // Ticket verbs, named targets, done states.
    ['Investigate flaky checkout tests.', '1 100'],
    ['Sales target for FY27: $12M in new ARR.', '1 111'],
    ['Appoint a new treasurer.', '1 110'],
    ['Carry out a customer survey by March.', '1 111'],
    ['Send the deck this afternoon.', '1 111'],
    ['Fix the checkout bug by 5pm Friday.', '1 111'],
    ['Improve the lunch menu.', '1 100'],
    ['File the VAT return no later than June.', '1 111'],
    ['Publish the annual report by the end of the calendar year.', '1 111'],
    ['Open the second studio at the start of 2027.', '1 111'],
    // Chat shorthand, hedges and aims named after their thing.
    ['pls fix the login thing', '1 110'],
    ['would be good to tidy up the backlog', '1 100'],
    ["It's time we modernised our website.", '1 100'],
    ['The goal is impossible.', '0'],
    ['Close 5 enterprise deals within my first 3 months.', '1 111'],
    ['Ship the new billing flow this cycle.', '1 111'],
    ['Publish the findings by the end of the pilot.', '1 111'],
    ['Renew the cleaning contract before the contract expires.', '1 111'],
    ["I'm going to lose 5 kg before I turn 40.", '1 111'],
    ['Hire a CFO before our Series A.', '1 111'],
    // A period naming a document is no deadline, unless a deadline preposition or a colon follows.
    ['Finalise the Q4 plan.', '1 110'],
    ['Present the FY2027 forecast to the board.', '1 110'],
    ['Prepare slides for the Q3 review.', '1 111'],
    ['Q4 plan: grow revenue 10%.', '1 111'],
    ['Hit our Q3 targets.', '1 101'],
    // After an article an intent word is a noun.
    ['The plan to open a Berlin office was dropped.', '0'],
    ['The objective is to cut churn to 3% by June.', '1 111'],
    ['The team will cut churn.', '1 100'],
    // A shorter queue is a vague amount.
    ['Make queues shorter at the pharmacy counter this winter.', '1 101'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

// Shapes from a seventh batch of Russian lines (школа, больница, склад, протоколы, тикеты).
describe('ru: goal detection and criteria', () => {
  it.each([
    // Учебные периоды — сроки; прошлая четверть — история.
    ['К концу четверти довести средний балл 7«Б» по математике до 4,0.', '1 111'],
    ['В следующем семестре пройти аттестацию.', '1 111'],
    ['Повторить органическую химию до сессии.', '1 101'],
    ['В прошлой четверти успеваемость класса выросла до 87%.', '0'],
    ['Увеличить выручку на четверть.', '1 110'],
    // «Отделение» — конкретное место, а не «отдел» как расплывчатая цель.
    ['Снизить число внутрибольничных инфекций в отделении до 1 случая в месяц к июню.', '1 111'],
    ['Повысить эффективность отдела.', '1 000'],
    // «Рост» лишь оборачивает то, что растёт.
    ['Не допустить роста повторных госпитализаций в этом году.', '1 101'],
    ['Обеспечить рост.', '1 000'],
    ['Обеспечить рост бизнеса в этом году.', '1 001'],
    // За смену — периодичность.
    ['Не допускать простоев погрузчиков больше 30 минут за смену.', '1 111'],
    // Поручение по фамилии в дательном падеже.
    ['Сидоровой забронировать зал для выездной сессии в марте.', '1 111'],
    ['Петрову к пятнице подготовить смету.', '1 111'],
    ['Иванову сказали подготовить отчёт.', '0'],
    // Деньги без другого объекта — сама метрика.
    ['Заработать 3 млн рублей в 2027 году.', '1 111'],
    ['Брать на себя больше ответственности.', '1 000'],
    ['Отправить коммерческое предложение всем ключевым клиентам до пятницы.', '1 111'],
    ['Открыть летнюю веранду к майским праздникам.', '1 111'],
    ['Обновить меню к новому сезону.', '1 111'],
    ['Подготовить отчёт для совета директоров к годовому собранию.', '1 111'],
    ['Навести порядок в документах до проверки.', '1 101'],
    ['Провести аудит безопасности.', '1 110'],
    ['Отправить счета до обеда.', '1 111'],
    ['Проводить опрос клиентов раз в полгода.', '1 101'],
    // Наречие перед глаголом делает из одного глагола план, а не заголовок.
    ['Больше зарабатывать.', '1 000'],
    ['Меньше прокрастинировать.', '1 000'],
    ['Заботиться о себе.', '1 000'],
    ['Обновление:', '0'],
    // «Похудеть» называет свою метрику; вовлечённость сотрудников — KPI, вовлечённость вообще — нет.
    ['Похудеть к лету.', '1 101'],
    ['Повысить вовлечённость сотрудников.', '1 100'],
    ['Повысить вовлечённость.', '1 000'],
    // Учебный год через дробь — срок, а не количество.
    ['Улучшить детскую площадку в 2027/28 учебном году.', '1 101'],
    ['В 2024/25 учебном году успеваемость выросла.', '0'],
    // Учебный год — срок.
    ['Провести 12 мастер-классов для родителей в этом учебном году.', '1 111'],
    ['В прошлом учебном году мы провели 12 мастер-классов.', '0'],
    // Намерение в своей части фразы управляет следующей: «Хочу, чтобы…».
    ['Хочу, чтобы конверсия выросла до 5% к маю.', '1 111'],
    ['Хочу, чтобы подписчиков было больше.', '1 100'],
    ['Хотелось бы, чтобы атмосфера в команде становилась лучше.', '1 000'],
    // План организации в третьем лице.
    ['Компания планирует открыть 5 магазинов в 2027 году.', '1 111'],
    ['Компания планировала открыть 5 магазинов.', '0'],
    // Именная группа перед тире называет метрику суммы.
    ['Конверсия в оплату — 3% к концу квартала.', '1 111'],
    ['Средний чек: 1 500 рублей к маю.', '1 111'],
    // Статьи, курсы, акции и планы с «не» — не цели.
    ['В этом посте расскажу, как увеличить продажи.', '0'],
    ['Курс научит вас повышать конверсию.', '0'],
    ['Скидка 20% на все курсы до конца месяца!', '0'],
    ['Снизить скидки для оптовиков до 5% к маю.', '1 111'],
    ['Мы не планируем расширяться в следующем году.', '0'],
    ['Мы всегда стремимся улучшать сервис.', '0'],
    ['Увеличить шрифт можно в настройках.', '0'],
    ['Сделать отчёт как можно скорее.', '1 100'],
    // Неизвестное существительное перед предлогом — конкретный предмет, даже если клиенты в нём «широкие».
    ['KR2: 30 интервью с клиентами в третьем квартале.', '1 111'],
    ['Улучшить работу с клиентами в этом квартале.', '1 001'],
    ['Улучшить атмосферу в команде.', '1 000'],
    // Просьбы в чате, попытки и приоритеты.
    ['плиз почините логин', '1 110'],
    ['Пожалуйста, поправьте баг с оплатой до пятницы.', '1 111'],
    ['Пытаюсь снизить расходы на такси.', '1 100'],
    ['Сходить к стоматологу до конца месяца.', '1 101'],
    ['Мы растём на 5% в месяц.', '0'],
    ['Хотим, чтобы мы росли на 5% в месяц.', '1 111'],
    ['Весной снова начну бегать.', '1 101'],
    ['Начну с главного: выручка выросла.', '0'],
    // Мнение о мере — не цель.
    // «Все» перед существительным — квантор, а не расплывчатое «всё».
    ['Улучшить всё.', '1 000'],
    ['Сдать все зачёты без пересдач в следующем семестре.', '1 111'],
    ['Повышение цен — не всегда выход.', '0'],
    // Past verb after a deverbal noun with a target level: a report.
    ['Рост замедлился до 2% в месяц.', '0'],
    ['Рост выручки до 5 млн рублей к июню.', '1 111'],
    // Thinking about how, and how-to headings, are no plans.
    ['Все думают о том, как повысить маржу.', '0'],
    ['Как повысить маржу без потери клиентов', '0'],
    // Праздники, каникулы, выборы, Пасха, рабочие дни — сроки.
    ['Охватить больше молодых избирателей до выборов.', '1 101'],
    ['Получить 50 отзывов с оценкой 5 звёзд к Пасхе.', '1 111'],
    ['Запустить карту лояльности после новогодних праздников.', '1 111'],
    ['Перенести CRM на новый сервер в новогодние каникулы.', '1 111'],
    ['Отвечать на все жалобы в течение двух рабочих дней.', '1 111'],
    ['Отвечать на каждое письмо в течение суток.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

// Shapes from a ninth batch: unusual deadlines, numbers that are names, plan tiers, get/have X done.
describe('en: unusual deadlines, names and plan tiers', () => {
  it.each([
    // Events named with a digit, bare freezes, peak, the run-up to an event, seasons of a trade.
    ['Have the churn deep-dive ready before the Q2 board meeting.', '1 111'],
    ['Hit 90% test coverage on the billing service by code freeze.', '1 111'],
    ['Reduce stockouts at the Leeds store to zero over peak.', '1 111'],
    ['Raise the ecommerce conversion rate to 3.2% in the run-up to Black Friday.', '1 111'],
    ['Sign 4 new wholesale accounts before trade show season.', '1 111'],
    ['Cut payroll errors to zero by the next pay run.', '1 111'],
    ['Aim to have 60% of tickets tagged automatically by quarter’s end.', '1 111'],
    ['Have 25 customer interviews done by the end of the discovery phase.', '1 111'],
    ['Increase demo bookings by 25% quarter on quarter.', '1 111'],
    ['Grow ARR 20% year on year.', '1 111'],
    // A year made into something is the time frame.
    ['Let’s make 2027 our best year yet!', '1 001'],
    // Numbers that name a thing are no targets.
    ['Improve the 2024 onboarding deck.', '1 100'],
    ['Make the 404 page friendlier.', '1 100'],
    ['Sort out the 5 o’clock standup clash this week.', '1 101'],
    ['Fix the 24/7 support rota.', '1 110'],
    ['Grow the 500 accounts to 800 by June.', '1 111'],
    ['Double-check the invoices by Friday.', '1 101'],
    // Plan tiers and ticket tags.
    ['Stretch: 1,000 paid seats by the end of Q1.', '1 111'],
    ['Next step — draft the vendor security questionnaire by Thursday.', '1 111'],
    ['[P1][Billing] Fix the login bug', '1 110'],
    ['- [P1] Fix the login bug', '1 110'],
    // Getting or having a thing in a done state delivers it; paying off a debt is done or not.
    ['Get the contractor invoices paid.', '1 110'],
    ['Have the new warehouse fully operational by mid-2027.', '1 111'],
    ['Go live with the new payroll provider on April 1st.', '1 111'],
    ['Pay off the car loan.', '1 110'],
    ['Get more done.', '1 100'],
    ['Have a great weekend, everyone!', '0'],
    ['Reply to reviews on Google within 24 hours.', '1 111'],
    // A comparative with a time of its own is a vague target.
    ['Fewer bugs in production this quarter.', '1 101'],
    ['Faster onboarding for new hires in 2027.', '1 101'],
    // Results, costs, forecasts with a time as the subject, subjects before a past verb.
    ['Objective achieved: 1,000 paying teams.', '0'],
    ['Hiring two engineers would cost about $300k a year.', '0'],
    ['The next two quarters will be tough for hardware.', '0'],
    ['Next year is going to be huge for us!', '0'],
    ['We’ll see how the next few months go.', '0'],
    ['Launch went smoothly, no P1s.', '0'],
    ['If churn keeps rising, we’ll miss the Q4 target.', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('ru: broad and concrete objects', () => {
  it.each([
    // The sales department, a system of something, staff, matters and directions are broad.
    ['Повысить эффективность работы отдела продаж.', '1 000'],
    ['Сделать работу отдела продаж эффективнее.', '1 000'],
    ['Сделать нашу работу более системной.', '1 000'],
    ['Развивать систему мотивации.', '1 000'],
    ['Улучшить ситуацию с кадрами.', '1 000'],
    ['Двигаться в сторону цифровизации.', '1 000'],
    ['Разобраться с делами.', '1 000'],
    ['Разобраться со всеми хвостами до конца года.', '1 001'],
    // Customer-facing things are concrete.
    ['Обновить клиентский портал до конца квартала.', '1 111'],
    ['Улучшить клиентский путь.', '1 000'],
    // 1С is a name; making or assembling a named deliverable delivers it.
    ['Сделать интеграцию с 1С до 15 февраля.', '1 111'],
    ['Собрать лендинг весенней акции к 1 апреля.', '1 111'],
    ['Собрать отзывы клиентов.', '1 100'],
    // Weekly days as cadences; reply windows are limits.
    ['Каждый понедельник проводить планёрку с отделом продаж.', '1 101'],
    ['Отвечать на отзывы на Озоне в течение суток.', '1 111'],
    // A comparative with a time of its own is a vague target.
    ['Меньше ручных правок в отчётах к концу квартала.', '1 101'],
    ['Меньше багов стало после того, как ввели код-ревью.', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

// Shapes from a tenth batch of Russian lines (школа, поликлиника, магазины, стройка, личные планы).
describe('ru: dative ordinals, 1st-person futures, headers and levels', () => {
  it.each([
    // «Ко 2-му полугодию», «ко 2-му кварталу»: an ordinal in the dative is still a period.
    ['Ко 2-му полугодию перевести бухгалтерию на электронный документооборот.', '1 111'],
    ['Сократить число пропусков уроков на треть ко 2-му полугодию.', '1 111'],
    ['Ко 2-му кварталу запустить лендинг акции.', '1 111'],
    // A plan in the 1st person singular future, delivered or not.
    ['Закончу ремонт в детской до Нового года.', '1 111'],
    ['Подготовлю отчёт по НДС до 25 января.', '1 111'],
    ['Подниму ставку до 3000 рублей в час с января.', '1 111'],
    ['Сделаю ремонт на кухне к лету.', '1 111'],
    ['Сделать ремонт в офисе.', '1 110'],
    // Job ads, news and durations are nobody's aim; a requirement to act is.
    ['Вакансия: менеджер по продажам, цель — выполнение плана от 2 млн в месяц.', '0'],
    ['Новости: сеть магазинов у дома откроет 200 точек в Сибири к 2028 году.', '0'],
    ['Требуется продавец-консультант в магазин на Садовой, график 2/2.', '0'],
    ['Требуются два курьера на вечерние смены.', '0'],
    ['Требуется снизить отток до 3% к маю.', '1 111'],
    ['Доставка заказа займёт от 3 до 5 рабочих дней.', '0'],
    // Interest and moving more name nothing; graded school work does.
    ['Повысить интерес школьников к чтению.', '1 000'],
    ['Начать больше двигаться.', '1 000'],
    ['Проверять все контрольные работы в течение трёх дней.', '1 111'],
    ['Улучшить качество работы отдела.', '1 000'],
    // A language level is a target on the A1–C2 scale.
    ['Выучить испанский до уровня B1 к сентябрю 2027 года.', '1 111'],
    ['Выучить испанский к сентябрю 2027 года.', '1 101'],
    // An unknown quality in -ость is broad; rates in -аемость, prices and debts are metrics.
    ['Повысить оперативность.', '1 000'],
    ['Укрепить корпоративный дух.', '1 000'],
    ['Наладить взаимопонимание между отделами.', '1 000'],
    ['Увеличить посещаемость занятий кружков до 85% к концу учебного года.', '1 111'],
    ['Повысить успеваемость.', '1 100'],
    ['Выйти на окупаемость.', '1 100'],
    ['Нанять руководителя отдела продаж.', '1 110'],
    // Windows in hours, weddings and birthdays are time frames; «дважды» is an amount.
    ['Закрыть уязвимости критического уровня в течение 48 часов.', '1 111'],
    ['Сбросить пять килограммов к свадьбе сестры.', '1 111'],
    ['Дописать книгу ко дню рождения мамы.', '1 111'],
    ['Ходить в бассейн дважды в неделю.', '1 111'],
    // Equipping, repairing and being ready are done or not.
    ['Оснастить все кабинеты проекторами до начала учебного года.', '1 111'],
    ['Интеграция с 1С должна быть готова к 15 февраля.', '1 111'],
    ['Свозить детей в Казань на весенних каникулах.', '1 101'],
    ['Нам предстоит перевезти склад в новое здание до 1 марта.', '1 111'],
    ['Принять в эксплуатацию новую котельную до начала отопительного сезона.', '1 111'],
    ['Сделать генеральную уборку до Нового года.', '1 111'],
    // Prestige and «всё» in any case are broad, even after a scope word.
    ['Повысить престиж профессии учителя.', '1 000'],
    ['До конца года навести порядок во всём.', '1 001'],
    // Write-offs, purchasing, the month-end close, certification and a feedback form are concrete;
    // a culture of feedback, experience, growing and procrastinating as such are not.
    ['Сократить списания молочных продуктов на 20% за квартал.', '1 111'],
    ['Описать бизнес-процесс закупок.', '1 110'],
    ['Автоматизировать процесс закрытия месяца к концу года.', '1 111'],
    ['Подготовить команду к сертификации ISO 9001.', '1 110'],
    ['Переделать форму обратной связи.', '1 110'],
    ['Внедрить культуру обратной связи.', '1 000'],
    ['Набраться опыта.', '1 000'],
    ['Расти, расти и ещё раз расти!', '1 000'],
    ['Мне правда надо перестать прокрастинировать.', '1 000'],
    ['Помочь команде расти.', '1 000'],
    // A new onboarding is a flow to ship; onboarding as such is broad.
    ['Давайте выкатим новый онбординг до Нового года.', '1 111'],
    ['Улучшить онбординг.', '1 000'],
    // An emphasis and a direction are broad; «выход на» opens a plan as «выйти на» does.
    ['В этом году сделать упор на качество.', '1 001'],
    ['Сделать упор на продажи в B2B.', '1 100'],
    ['Двигаться вперёд.', '1 000'],
    ['В планах — выход на новые рынки.', '1 000'],
    // Everyday verbs of a personal plan.
    ['Меньше сидеть в телефоне.', '1 100'],
    ['Активнее искать новых поставщиков.', '1 100'],
    ['Наконец-то взяться за себя.', '1 000'],
    // UI places, outages and reminders are nobody's aim.
    ['Чтобы добавить цель, нажмите на плюс в правом верхнем углу.', '0'],
    ['Завтра с 10 до 12 не будет воды.', '0'],
    ['Бухгалтерия напоминает: авансовые отчёты нужно сдать до 5-го числа.', '0'],
    ['Сократить простои линии с 10 до 2 часов в неделю.', '1 111'],
    // Talents, ecology, sleep, a role «как учитель» and levels are broad; a comparative is vague.
    ['Развивать таланты детей.', '1 000'],
    ['Улучшить экологию.', '1 000'],
    ['Улучшить сон.', '1 000'],
    ['Читать детям перед сном каждый вечер.', '1 101'],
    ['Стать лучше как учитель.', '1 000'],
    ['Повысить эффективность на всех уровнях.', '1 000'],
    ['Сделать город чище.', '1 100'],
    ['Больше радоваться жизни.', '1 000'],
    // A label may name its period with «на» before the dash: «Приоритет на 2027 год — …».
    ['Приоритет на 2027 год — удержание клиентов.', '1 101'],
    ['План на 2027 год — открыть три филиала.', '1 111'],
    ['Цели на следующий год — развитие.', '1 001'],
    // «Успеть» stands before the real plan verb; «на сезон» is a period.
    ['Надо успеть подать документы в вуз до 20 июля.', '1 111'],
    ['Успеть сдать отчёт до пятницы.', '1 111'],
    ['Цель на сезон — продать 300 путёвок.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

// Shapes from an eleventh batch of Russian lines (банки, телеком, ЖКХ, отели, вузы, СМИ, закупки,
// ИТ-безопасность, аналитика, дизайн, мероприятия, маркетплейсы, госуслуги).
describe('ru: action-noun events, passives, seasons and broad or concrete objects', () => {
  it.each([
    // An event reported after the noun of its action is no plan item; the noun alone is one.
    ['Запуск нового тарифа состоялся в мае.', '0'],
    ['Внедрение новой CRM завершилось в марте.', '0'],
    ['Внедрение электронных пропусков завершено в октябре.', '0'],
    ['Запуск нового тарифа перенесли на июнь.', '0'],
    ['Рост продаж на маркетплейсах замедлился до 3% в месяц.', '0'],
    ['Внедрение электронных пропусков должно быть завершено к марту.', '1 111'],
    ['Запуск нового тарифа для семей — до 1 марта.', '1 111'],
    // Nouns of work done may open an object-first plan.
    ['Переезд склада в Подольск завершить к 1 марта.', '1 111'],
    ['Ремонт холла гостиницы закончить до начала летнего сезона.', '1 111'],
    // A deliverable promised in the passive future; an announcement stays a notice.
    ['Новый сайт будет запущен до конца марта.', '1 111'],
    ['Будет внедрён электронный пропуск для сотрудников до 1 марта.', '1 111'],
    ['Сервер БД будет перезагружен сегодня в 23:00.', '0'],
    // Seasons named by an adjective, a season as a frame, and a campaign are deadlines.
    ['Сократить время устранения аварий на теплосетях до 6 часов к отопительному сезону.', '1 111'],
    ['Запустить трансфер из аэропорта для гостей отеля к летнему сезону.', '1 111'],
    ['Продать 300 путёвок за сезон.', '1 111'],
    ['Обновить брендбук к весенней кампании.', '1 111'],
    // Entering a named marketplace, digitising, making a calendar: done or not.
    ['Выйти на Ozon с линейкой детской косметики к концу I квартала.', '1 111'],
    ['Оцифровать архив кафедры за 2010–2020 годы до конца 2027 года.', '1 111'],
    ['Сделать единый календарь мероприятий для всех филиалов.', '1 110'],
    ['Найти генерального спонсора для конференции до 1 марта.', '1 111'],
    ['Найти себя.', '1 000'],
    // Activities, lines of business, connection, divisions, partners, management: broad.
    ['Развивать научную деятельность кафедры в 2027 году.', '1 001'],
    ['Необходимо прокачать digital-направление к концу года.', '1 001'],
    ['Выйти на новый уровень в digital-направлении.', '1 000'],
    ['Усилить digital-присутствие.', '1 000'],
    ['Сделать связь лучше.', '1 000'],
    ['Обеспечить мобильную связь в посёлке Лесном к лету.', '1 101'],
    ['Необходимо наладить коммуникации между подразделениями.', '1 000'],
    ['Усилить работу с партнёрами.', '1 000'],
    ['Модернизировать систему управления.', '1 000'],
    ['Внедрить систему управления складом на втором складе к лету.', '1 111'],
    // A customer is broad, but not as the receiver of a deliverable; «заказ*» is no customer.
    ['Улучшить взаимодействие с заказчиками.', '1 000'],
    ['Сдать макеты упаковки заказчику до 20 декабря.', '1 111'],
    ['Повысить клиентоориентированность сотрудников.', '1 000'],
    // Stems cut to whole forms: the adjectives and derived words name concrete things.
    ['Обновить политику обработки персональных данных до 1 марта.', '1 111'],
    ['Повысить квалификацию персонала.', '1 000'],
    ['Организовать командный выезд для отдела в июне.', '1 111'],
    ['Прокачать продуктовую команду.', '1 000'],
    ['Подготовить маркетинговый план на 2027 год до 15 декабря.', '1 111'],
    ['Построить финансовую модель проекта к марту.', '1 111'],
    ['Открыть спортивную площадку во дворе школы к сентябрю.', '1 111'],
    ['Подключить скоростной интернет в 12 сёлах до конца года.', '1 111'],
    ['Развивать маркетинг.', '1 000'],
    ['Больше заниматься спортом.', '1 000'],
    ['Повысить функциональность продукта.', '1 000'],
    ['Развивать стратегическое мышление.', '1 000'],
    // A modal between an object and its verb names nothing; departments are teams.
    ['Коммуникации с клиентами следует улучшить.', '1 000'],
    ['Эффективность отдела закупок повысить на 20% к концу года.', '1 011'],
    ['Смету согласовать с заказчиком до пятницы.', '1 111'],
    // Sections and checklists open object-first plans; how long an event takes announces it.
    ['Чек-лист приёмки товара утвердить до конца недели.', '1 111'],
    ['Раздел FAQ на сайте опубликовать к концу месяца.', '1 111'],
    ['Переезд склада займёт две недели.', '0'],
    ['Запуск нового тарифа состоится 1 марта.', '0'],
    // Number words in every hundred and teen.
    ['Привлечь четыреста новых абонентов к концу квартала.', '1 111'],
    ['Собрать семьсот заявок на конференцию до 15.09.', '1 111'],
    ['Набрать семнадцать новых студентов в лабораторию к сентябрю.', '1 111'],
    // Named days, starts, halves of a month, nights and one hour are time frames.
    ['Подготовить праздничную программу ко Дню города.', '1 111'],
    ['Открыть новую площадку к старту продаж абонементов.', '1 111'],
    ['Запустить новый тариф в первой половине декабря.', '1 111'],
    ['Обновлять витрину данных каждую ночь.', '1 101'],
    ['Отвечать на заявки с маркетплейса в течение часа.', '1 111'],
    ['Перевыпустить сертификаты до истечения срока действия 12 декабря.', '1 111'],
    // Optimisation and «всего, что можно» are broad; «всего 10» is only ten.
    ['Заняться оптимизацией всего, что можно.', '1 000'],
    ['Привлечь всего 10 новых клиентов к маю.', '1 111'],
    ['Уделить внимание качеству обслуживания.', '1 000'],
    // Extending a contract is done or not; so is a check or a call round on every item.
    ['Продлим договоры с ключевыми клиентами до конца квартала.', '1 111'],
    ['Аккредитуем программу до конца 2027 года.', '1 111'],
    ['Обзвоним всех участников форума до пятницы.', '1 111'],
    ['Проверим все договоры страхования на соответствие новым правилам до 1 марта.', '1 111'],
    // A quality heading a genitive is broad; a journal quartile is no quarter.
    ['Повысить энергоэффективность зданий.', '1 000'],
    ['Повысить отказоустойчивость систем.', '1 000'],
    ['Повысить число публикаций в журналах Q1.', '1 100'],
    ['Запустить новый тариф в Q1.', '1 111'],
    // Numbers inside names are no amounts.
    ['Улучшить покрытие 5G в центре города.', '1 100'],
    ['Повысить качество связи на трассе М-11.', '1 100'],
    ['Сократить очереди в МФЦ № 3.', '1 100'],
    ['Повысить успеваемость 9 «А» класса по алгебре.', '1 100'],
    ['Ускорить обработку заявок на тарифе «Про 2.0».', '1 100'],
    ['Перевести 30% абонентов тарифа «Старт 500» на новый тариф до 1 марта.', '1 111'],
    // Knowledge, content, design and partnership as such are broad; a knowledge base is a thing.
    ['Улучшить контент.', '1 000'],
    ['Улучшить дизайн.', '1 000'],
    ['Обновить дизайн сайта к весне.', '1 111'],
    ['Развивать партнёрство.', '1 000'],
    ['Создать базу знаний для службы поддержки до конца квартала.', '1 111'],
    ['Углубить экспертизу в кибербезопасности к концу года.', '1 101'],
    // Maintenance of a thing and consumption of a resource are tasks and KPIs.
    ['Провести техническое обслуживание лифтов до конца месяца.', '1 111'],
    ['Сократить потребление энергии в офисах на 10% за год.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: nouns made of a verb, and "X to" that is no task', () => {
  it.each([
    // A verb and its preposition head the subject of a status report…
    ['Fix for the login bug is in review.', '0'],
    ['Launch of the new site is on track.', '0'],
    ['Update on the pricing page is due Friday.', '0'],
    // …but not when the status verb sits in a relative clause, or comes in a clause of its own.
    ['Apply for the grant that is due May 1.', '1 111'],
    ['Fix the login bug that is blocking checkout by Friday.', '1 111'],
    // "Anna to publish…" hands a task over; "Subscribers to the newsletter…" names a group.
    ['Subscribers to the newsletter get 10% off.', '0'],
    ['Visitors to our booth get a free sticker.', '0'],
    ['Anna to publish the Q3 report by Friday.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: everyday tasks with a done state', () => {
  it.each([
    ['Pay the supplier invoices by Friday.', '1 111'],
    ['Archive stale Jira tickets.', '1 110'],
    ['Label each box in the storeroom by March 1.', '1 111'],
    ['Inspect all 12 fire extinguishers before the October audit.', '1 111'],
    // A start is a plan; its done state is what follows it.
    ['Start the data migration by May 1.', '1 101'],
    // Shop copy is no plan.
    ['Pay now and save 10%.', '0'],
    ['Buy now and save 20%.', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

// Shapes from a tenth batch: classrooms, wards, fundraising, compliance, building sites, open
// source, household money; reason clauses, passives, frequencies and notices.
describe('en: reasons, passives, frequencies and notices', () => {
  it.each([
    // A reason or condition before the plan holds neither its verb nor its vague words.
    [
      'Given how many leads go cold over the weekend, the sales team should follow up on every inbound lead within 4 hours.',
      '1 111',
    ],
    [
      "Since most returns come from sizing, let's cut the return rate on jeans to 8% by spring break.",
      '1 111',
    ],
    // A passive shares its "be" with the intent; a passive answer on every item is a limit.
    ['The foundation pour has to be finished before the first frost.', '1 111'],
    ['Customer complaints have to be answered within one business day.', '1 111'],
    ['The ticket backlog should be cleared by EOW.', '1 111'],
    // "at some point" is a vague time, not a vague amount ("some").
    ['We should open a college savings account for Maya at some point.', '1 110'],
    // A participle after a comparative or zero, or opening a compound, is an adjective.
    ['Fewer missed deliveries by the holidays.', '1 101'],
    ['Zero lost-time injuries on site through the end of the project.', '1 111'],
    ['We missed the delivery window on Friday.', '0'],
    // The clause that made it a goal carries the metric, not a time before it.
    ['Q3: better onboarding for self-serve teams', '1 101'],
    // A frequency is a count per period.
    ['Swim twice a week over the summer.', '1 111'],
    ['Go to the gym once a week.', '1 111'],
    ['Set aside £200 every payday.', '1 111'],
    ['Put $200 into savings by next payday.', '1 111'],
    // A window after an event; a recipient after the object.
    ['Mark all mock papers within a week of the exam.', '1 111'],
    ['Send the revised quote to the client by EOD.', '1 111'],
    ['Triage every new issue within 72 hours.', '1 111'],
    // Releases cut and support dropped are done or not.
    ['Cut the 3.0 release by the end of January.', '1 111'],
    ['Drop support for Python 3.8 in the next minor release.', '1 111'],
    // Job ads, invitations, notices, rules for everyone, release notes and app copy.
    ["We're looking for a fundraising manager to grow individual giving by 20% a year.", '0'],
    ['Open house this Sunday from 1 to 4 pm, all welcome!', '0'],
    ['The crane will be on site from Monday to Wednesday.', '0'],
    ['Under the new rules, companies must file beneficial ownership reports within 30 days.', '0'],
    ['New in 3.4: set weekly goals and track them on your dashboard.', '0'],
    ['Set a monthly savings target to see your progress here.', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: named days, events, headers by period, counts and shop copy', () => {
  it.each([
    // Named days of the calendar and of trade are deadlines.
    ['Reach 500 newsletter signups by Labor Day.', '1 111'],
    ['Hit $50k in sales on Prime Day.', '1 111'],
    ['Sell 300 pumpkin pies before Halloween.', '1 111'],
    // Before something happens, from now, the first day of school.
    ['Hire two teaching assistants before the semester starts.', '1 111'],
    ['Have the classroom set up by the first day of school.', '1 111'],
    ['Open the second café a year from now.', '1 111'],
    // "the year" of "the year-end review" is no time frame.
    ['Simplify the year-end review.', '1 100'],
    // Shifts and plural weekdays are cadences; a rate named by its cadence is a metric.
    ['Restock the shelves on every shift.', '1 111'],
    ['Post a new recipe on Mondays.', '1 111'],
    ['Q1: 50 new monthly donors', '1 111'],
    // A plan headed by its month or year.
    ['March goal: run 100 km.', '1 111'],
    ['2027 goals: read 24 books and run a marathon.', '1 111'],
    // Passive handling; getting a thing in or out; waiting for a better moment is vague.
    ['Returns should be processed within 3 days by March.', '1 111'],
    ['Have the offer letter out by tomorrow morning.', '1 111'],
    ['You need to get your timesheets in by EOD Friday.', '1 111'],
    ["Fix the leaking roof next time it's dry.", '1 110'],
    ['Clean up the garage when things calm down.', '1 100'],
    // Headers and wishes that name the plan; a job with its period.
    ['Main objective for Q2: 300 active clinics.', '1 111'],
    ['Desired outcome: 80% of staff trained by June.', '1 111'],
    ['Our job this quarter is to cut churn to 2%.', '1 111'],
    ["I'd love for us to hit 100 customers by June.", '1 111'],
    // A count right before the metric names what is counted; "per cent" is a percentage.
    ["Sign 10 new clients in two weeks' time.", '1 111'],
    ['Help 200 families with their tax returns by April.', '1 111'],
    ['Improve 3 things by June.', '1 011'],
    ['Cut food waste by 15 per cent this year.', '1 111'],
    // Opinions of a target, listicles, tips, shop copy and attachments are no one's aim.
    ['The target is unrealistic.', '0'],
    ['5 ways to boost your open rate this month', '0'],
    ['Tip: set a deadline for every goal.', '0'],
    ['Free shipping on orders over $50 this week only.', '0'],
    ['Save up to 30% when you renew by Friday.', '0'],
    ['Sign up by Friday to get early access.', '0'],
    ['Targets for the sales team are attached.', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: traits, switches, starts and rooms', () => {
  it.each([
    // Traits of a team or a person are broad.
    ['Be more strategic in 2027.', '1 001'],
    ['Be more inclusive.', '1 000'],
    // Switching a feature on for a named group is done or not.
    ['Turn on two-factor login for all staff accounts by Friday.', '1 111'],
    // "from January" starts a plan: a time frame.
    ['Cut the weekly team meeting to 30 minutes from January.', '1 111'],
    ['Repaint the school gym over the summer.', '1 111'],
    ['Work smarter, not harder.', '1 000'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: routines, school days and conditions that set in', () => {
  it.each([
    // Days named inside a thing are no time frames.
    ['Improve the Monday morning handover.', '1 100'],
    ['Refresh the holiday menu.', '1 100'],
    // School days are a window; checks and recertifications are done or not.
    ['Reply to every parent email within two school days.', '1 111'],
    ['Check the defibrillators on the first Monday of every month.', '1 111'],
    ['Re-certify all forklift drivers within 30 days of their licence expiring.', '1 111'],
    // Having or getting a thing written or serviced delivers it; a condition that sets in is a deadline.
    ['Have all report cards written before the winter break.', '1 111'],
    ['Get the boiler serviced before the cold weather sets in.', '1 111'],
    ['Clear the backlog in due course.', '1 110'],
    ['Spread the word about the open day before March.', '1 101'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: people expected to act, insurers’ claims, analysts, events and notices', () => {
  it.each([
    // A person expected or required to do something is given a target; a thing expected to move
    // is a forecast.
    ['Each rep is expected to close 5 deals a month.', '1 111'],
    ['Every AE is expected to book 8 demos a week.', '1 111'],
    ['All new analysts are required to finish SQL training within their first 30 days.', '1 111'],
    ['You are expected to submit your timesheet every Friday.', '1 111'],
    ['Home prices are expected to rise 3% next year.', '0'],
    ['Revenue is expected to grow 8% in 2027.', '0'],
    ['Each quarter is expected to bring 5% more revenue.', '0'],
    ['Each store is expected to cut food waste 10% this quarter.', '1 111'],
    // "claims" is an insurer's noun unless it reports what someone claims.
    ['Settle 90% of motor claims within 10 working days.', '1 111'],
    ['The vendor claims its new firewall blocks 99% of attacks.', '0'],
    ['He claims we can double revenue by June.', '0'],
    // Analysts as a team are no forecast.
    ['Give analysts self-serve access to the warehouse by Q2.', '1 111'],
    ['Analysts predict the market will shrink by 3% next year.', '0'],
    // A switch enforced for everyone is done or not.
    ['SEC-219 Enforce MFA on every VPN account before the audit', '1 111'],
    // A participle after a small count is an adjective; a year before a past verb is not.
    ['No more than 2 unplanned grid outages a month in the northern region.', '1 111'],
    ['Keep missed payments under 3 a month.', '1 111'],
    ['In 2025 launched products drove 40% of revenue.', '0'],
    // Sports events are deadlines.
    ['Get my 400 m time under 60 seconds by the county championships.', '1 111'],
    ['Sign two new strikers before the play-offs.', '1 111'],
    // Release notes with a version, start dates, schedules, price notices, advice and wishes
    // about someone unnamed are no one's aim.
    ['Release notes 4.8: faster exports and a new dark theme.', '0'],
    ['The new hire will start on Monday.', '0'],
    ['We will start on the Q3 roadmap next week.', '1 101'],
    ['The offsite runs from 12 to 14 May in Lisbon.', '0'],
    ['Premiums will go up by 6% at your next renewal.', '0'],
    ['Most coaches recommend at least one rest day a week for young players.', '0'],
    ['Ideally, someone from finance joins the call.', '0'],
    ['Hopefully someone can cover the Friday shift.', '0'],
    ['Ideally, raise donor retention from 42% to 55%.', '1 110'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: a bound before the amount of a verbless target', () => {
  it.each([
    // "Fewer than", "less than", "at most", "under" before the amount: the metric follows it.
    ['Fewer than 5 complaints per 1,000 bills by year end.', '1 111'],
    ['Less than 2% churn by Q3.', '1 111'],
    ['At most 3 P1 incidents per quarter.', '1 111'],
    ['Under 2% defect rate on the new line by March.', '1 111'],
    ['Fewer than 5 things by year end.', '1 011'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
  it('takes the metric after the amount', () => {
    const seg = analyze('Fewer than 5 complaints per 1,000 bills by year end.', {
      today: TODAY,
      unit: 'line',
    }).segments[0]!;
    expect(seg.components.find((c) => c.kind === 'metric')?.text).toMatch(/^complaints/);
  });
});

describe('en: financial years, renewals, post-mortems and fixtures', () => {
  it.each([
    ['Zero data breaches this financial year.', '1 111'],
    ['Cut travel spend 5% in the next financial year.', '1 111'],
    // "a single missed SLA": a participle after a quantifier is an adjective.
    ['Not a single missed SLA for our top 20 accounts this quarter.', '1 111'],
    // A contract renegotiated before it renews, a venue sold out: done or not, with a deadline.
    ['Renegotiate our top 10 supplier contracts before they renew.', '1 111'],
    ['Sell out the 300-seat venue for the launch party by the end of March.', '1 111'],
    ['Deliver the brand refresh for the client by end of sprint 14.', '1 111'],
    ['Get the squad fitter before preseason.', '1 001'],
    // Post-mortem sections, kick-off times and fee notices are no one's aim.
    ['Lessons learned: we should have tested the failover before the migration.', '0'],
    ['Root cause: a full disk on the primary database.', '0'],
    ['The match kicks off at 3pm on Saturday.', '0'],
    ['Membership fees will increase by £5 from April.', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: backfills, retired systems, Black Friday week, funding rounds and click steps', () => {
  it.each([
    ['DATA-301 Backfill missing events for the orders table', '1 110'],
    ['Retire the legacy BI server by the offsite.', '1 111'],
    ['Build a lasting legacy.', '1 000'],
    ['Zero customer-facing outages during Black Friday week.', '1 111'],
    ['Make our research data easier to find before the next grant round.', '1 101'],
    ['To add a new supplier, go to Vendors and click New.', '0'],
    ['Get 40% of trial users to open the report and click Share by Q2.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: counted stands, queues, energy bills, memos, AGMs and drills', () => {
  it.each([
    ['Sell 400 exhibitor stands for the trade fair by June 1.', '1 111'],
    ['KPI stands for key performance indicator.', '0'],
    ['Cut the support queue to under 20 tickets by EOQ.', '1 111'],
    ['Hopefully we can lower our energy bills over the winter.', '1 101'],
    ['Bring more energy to the team.', '1 000'],
    ['"Let\'s aim for zero outages this year," the CTO wrote in her memo.', '0'],
    ['The club will hold its AGM on 14 March at the pavilion.', '0'],
    ['Get phishing click rates under 3% by the next simulation.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: onboarding days, calendar quarters, new school years, coming weekdays and nightly runs', () => {
  it.each([
    ['Get every new account live by day 30.', '1 111'],
    ['Close out the audit findings by the end of the calendar quarter.', '1 111'],
    ['Hire two teaching assistants by the start of the new school year.', '1 111'],
    ['Send the signed contract this coming Monday.', '1 111'],
    ['Run the database backup nightly.', '1 111'],
    ['Get the roof fixed this side of Christmas.', '1 111'],
    ['Reduce churn in the near term.', '1 100'],
    ['Fix the nightly build.', '1 110'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: decision-log sections, praise and disowned aims', () => {
  it.each([
    ['Hypothesis: shorter claim forms will raise online completion by 10%.', '0'],
    ['Decision: we will not expand to Spain this year.', '0'],
    ['Risk reduction: cut open critical findings to zero by EOQ.', '1 111'],
    ['Nice work on hitting 120% of the Q3 target!', '0'],
    ["We don't need to hit 100% this quarter.", '0'],
    ["There's no plan to raise prices this year.", '0'],
    ['No need to rush: ship the export by Q2.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: mobile generations are names', () => {
  it.each([
    ['Improve call quality on the 4G network.', '1 100'],
    ['Extend 5G coverage in rural areas.', '1 100'],
    ['Grow 5G subscribers to 2 million by Q4.', '1 111'],
    ['Eat 5g of fiber a day.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: cups, race days, contracts that end and locked-in suppliers', () => {
  it.each([
    ['Launch the paywall on the sports section before the World Cup.', '1 111'],
    ['Grow the club’s social following before the cup run.', '1 101'],
    ['Get 200 sign-ups for the charity 10K before race day.', '1 111'],
    ['Run a renewal call with every account 90 days before its contract ends.', '1 111'],
    ['Lock in the caterer and the AV crew for the gala by October 1.', '1 111'],
    ['Cut time-to-first-draft for client proposals to 3 working days.', '1 110'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: a small fraction after a change and "by" is the amount, not a date', () => {
  it.each([
    ['Cut packaging waste by 1/3 before the end of Q2.', '1 111'],
    ['Reduce onboarding time by 1/4 before the March release.', '1 111'],
    ['Increase repeat orders by 2/3.', '1 110'],
    // A date after a delivery, a target or a fraction that cannot be one stays a date.
    ['Ship the pricing page by 1/3.', '1 111'],
    ['Reduce churn to 3% by 1/3.', '1 111'],
    ['Grow MAU by 1/5/2027.', '1 101'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('ru: Specific — objects before a dash, «сделать так, чтобы», figures, work of a unit', () => {
  it.each([
    // An object before a dash or a colon is what a verb with nothing after it acts on.
    ['Чек-лист приёмки товара — утвердить до 10 февраля.', '1 111'],
    ['Презентация для инвесторов: подготовить к 20 марта.', '1 111'],
    ['Важно: обновить до конца недели.', '1 001'],
    // A clause after «так, чтобы» / «того, чтобы» is the object.
    ['Сделать так, чтобы счета клиентам уходили из 1С автоматически.', '1 100'],
    ['Добиться того, чтобы курьеры отмечали доставку в приложении.', '1 100'],
    ['Сделать так, чтобы всем было хорошо.', '1 000'],
    // Figures, decisions, a matter, a pronoun after a preposition and the idiom name no thing.
    ['Подтянуть цифры к концу квартала.', '1 001'],
    ['Разобраться с этим на следующей неделе.', '1 001'],
    ['Довести дело до конца в этом году.', '1 001'],
    ['Работать над ошибками каждый день.', '1 001'],
    // The work of a warehouse or of the staff is broad; a scope or a response time is not.
    ['Улучшить работу склада.', '1 000'],
    ['Улучшить работу склада в Екатеринбурге.', '1 100'],
    ['Повысить скорость работы сотрудников бухгалтерии.', '1 000'],
    ['Повысить скорость реакции на инциденты.', '1 100'],
    ['Обеспечить рост без вложений невозможно.', '0'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('ru: Specific — pronoun clauses, priorities, tills', () => {
  it.each([
    // «То, что…» and «тем, что…» name no thing; only a clause after «так/того, чтобы» is the object.
    ['Улучшить то, что мешает.', '1 000'],
    ['Заниматься тем, что приносит деньги.', '1 000'],
    ['Пересмотреть приоритеты.', '1 000'],
    ['Наладить работу касс в торговом зале.', '1 100'],
    ['Добиться бесперебойной работы кассы.', '1 100'],
    // Matters and colleagues as a group name no thing.
    ['Решить все вопросы с арендой офиса.', '1 100'],
    ['Закрыть открытые вопросы до пятницы.', '1 001'],
    ['Улучшить взаимодействие с коллегами.', '1 000'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: fortnights from now, months that run out, counted years, back halves and clock times', () => {
  it.each([
    ['Get the new returns form live a fortnight from now.', '1 111'],
    ['Pay the last 3 supplier invoices before the month is out.', '1 111'],
    ['Sign 6 new venues before the quarter is over.', '1 111'],
    ['Repaint all 9 classrooms in the next couple of months.', '1 111'],
    ['Book 30 product demos inside the next 45 days.', '1 111'],
    ['Stock 2,000 gift boxes ahead of the Christmas peak.', '1 111'],
    ['Grow paid seats to 400 by month 9.', '1 111'],
    ['Reach 500 paying users by the end of year two.', '1 111'],
    ['Open a second warehouse in the back half of 2027.', '1 111'],
    ['Plant 10,000 trees by the end of the decade.', '1 111'],
    ['Get the office fit-out wrapped up by 14 February.', '1 111'],
    ['Hire 4 ward clerks by the time the new wing opens.', '1 111'],
    // A date that has gone by is history, not a deadline.
    ['Win back 20 of the customers we lost in February 2026.', '1 110'],
    ['We closed the Leeds office in June 2026.', '0'],
    // A clock time names a meeting, not an amount; a race time is one.
    ['The retro happens every other Thursday at 3pm.', '0'],
    ['Cut the 9:30 Monday pipeline call from an hour to 30 minutes.', '1 110'],
    ['Run a half marathon in under 1:50 by May.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: end-2027, end-March, festive periods, calendar years, day-first dashes and year-long things', () => {
  it.each([
    ['Launch 3 pop-up shops before end-2027.', '1 111'],
    ['Get the price list printed by end-June.', '1 111'],
    ['Send the 6 signed quotes to procurement first thing Tuesday.', '1 111'],
    ['Deliver 900 food parcels during the festive season.', '1 111'],
    ['Keep the error rate below 0.5% throughout 2028.', '1 111'],
    ['Cut unplanned downtime to 2% by year-end 2027.', '1 111'],
    ['Publish 24 tutorials by 30-06-2027.', '1 111'],
    ['Lower staff turnover to 12% in the new financial year.', '1 111'],
    ['Hire 5 apprentices between now and September.', '1 111'],
    // A period inside a name is no deadline: a year-long course.
    ['Enrol 25 carers in the year-long dementia course.', '1 110'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});

describe('en: a dated edition and a start that has gone by are no deadlines', () => {
  it.each([
    ['Sell 300 copies of the June 2027 edition.', '1 110'],
    ['Answer 14 reviews posted since August.', '1 110'],
    ['Ship the catalogue by June 2027.', '1 111'],
    ['Grow repeat orders 10% from April.', '1 111'],
  ])('%s → %s', (text, expected) => expect(verdict(text)).toBe(expected));
});
