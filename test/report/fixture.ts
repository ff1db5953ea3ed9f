import type { NationalContext } from '../../src/core/national/national-context.js';
import { documentHead } from '../../src/core/result-document.js';
import type {
  Assessment,
  Coverage,
  DimensionResult,
  Exclusion,
  Gap,
  IndicatorResult,
  RecommendationResult,
} from '../../src/core/assessment.js';
import { bandOutcome, type Weighted } from '../../src/core/scoring/band-gates.js';
import { scoreMarks } from '../../src/core/scoring/marks.js';
import type { AnswerStatus, Band, Effort, Evidence, Horizon, NaReason } from '../../src/core/types.js';

/**
 * Builds a realistic, internally consistent Assessment for reporter tests, scored the way the
 * contract describes (N/A weight 0, don't know = level 0, contributions adding up).
 */

const MAX_LEVEL = 4;
const SCALE_LABELS = ['Absent', 'Ad hoc', 'Defined', 'Implemented and measured', 'Institutionalised'];

interface IndicatorSpec {
  id: string;
  title: string;
  weight?: number;
  critical?: boolean;
  /** A level, or 'na' / 'dk' / 'unanswered'. */
  answer: number | 'na' | 'dk' | 'unanswered';
  naReason?: NaReason;
  note?: string;
  evidence?: Evidence[];
  target?: number;
  sdg?: string[];
  evidenceRequired?: string;
}

interface DimensionSpec {
  id: string;
  title: string;
  shortTitle: string;
  indicators: IndicatorSpec[];
}

const doc = (title: string, verification: Evidence['verification'], extra: Partial<Evidence> = {}): Evidence => ({
  title,
  verification,
  ...extra,
});

export const fixtureDimensions: DimensionSpec[] = [
  {
    id: 'institutions',
    title: 'Institutional commitment and gender data',
    shortTitle: 'Institutions and data',
    indicators: [
      { id: 'strategy', title: 'Digital strategy names gender goals', critical: true, weight: 2, answer: 2, sdg: ['5.c.1'], evidenceRequired: 'The adopted strategy, with the section that names women.', note: 'The 2024–2028 digital strategy mentions women twice but sets no targets.', evidence: [doc('National Digital Strategy 2024–2028', 'document-seen', { date: '2024-03-01', link: 'https://example.gov/strategy.pdf' })] },
      { id: 'mandate', title: 'A unit is mandated to lead on gender in digital government', answer: 1, note: 'Chị Nguyễn Thị Hằng điều phối không chính thức; chưa có quyết định giao nhiệm vụ.' },
      { id: 'machinery', title: "Coordination with the women's machinery", answer: 3, evidence: [doc('Memorandum with the Ministry of Women', 'independently-verified', { providedBy: 'Legal office' })] },
      { id: 'budget', title: 'Gender budget tagging of ICT spending', weight: 1.5, answer: 'dk', note: 'Finance could not say whether ICT lines are tagged.' },
      { id: 'impact', title: 'Gender impact assessment of new digital services', answer: 0 },
      { id: 'sex-data', title: 'Sex-disaggregated service usage data', critical: true, weight: 2, answer: 1, sdg: ['16.6.2', '5.c.1'], note: 'ข้อมูลผู้ใช้บริการยังไม่แยกตามเพศ ยกเว้นระบบลงทะเบียนสวัสดิการ', evidence: [doc('Usage dashboard screenshot', 'claimed')] },
      { id: 'evaluation', title: 'Evaluation of outcomes for women', answer: 'na', naReason: 'handled-nationally', note: 'The national statistics office evaluates all e-services.' },
      { id: 'skills', title: 'Staff skills in gender analysis', answer: 2, note: '数字政府培训课程中有一个关于性别分析的单元。' },
      { id: 'safeguards', title: 'Privacy and safety safeguards for women users', answer: 3, evidence: [doc('Data protection impact assessment', 'document-seen')] },
      { id: 'procurement', title: 'Gender criteria in ICT procurement', answer: 'unanswered' },
    ],
  },
  {
    id: 'service-delivery',
    title: 'Online service delivery',
    shortTitle: 'Service delivery',
    indicators: [
      { id: 'priority-services', title: 'Services women need most are online', critical: true, weight: 2, answer: 2, note: 'महिलाओं के लिए मातृत्व लाभ आवेदन अब ऑनलाइन उपलब्ध है।', evidence: [doc('Service catalogue', 'document-seen')] },
      { id: 'assisted', title: 'Assisted digital channels', answer: 3, note: 'ইউনিয়ন ডিজিটাল সেন্টারে নারী উদ্যোক্তারা সহায়তা দেন।' },
      { id: 'mobile', title: 'Mobile-first design', answer: 4, evidence: [doc('Analytics report Q2', 'independently-verified')] },
      { id: 'accessibility', title: 'Accessibility for low literacy and disability', answer: 1 },
      { id: 'id-rules', title: 'Identity rules that do not exclude women', critical: true, answer: 2, note: '配偶の同意なしで申請できるようになりました。' },
      { id: 'language', title: 'Services in local languages', answer: 2, note: '일부 서비스만 지역 언어로 제공됩니다.' },
      { id: 'fees', title: 'No fees that deter women', answer: 'na', naReason: 'service-does-not-exist', note: 'The ministry charges no fees online.' },
      { id: 'safety-online', title: 'Protection from online harassment in services', answer: 'dk' },
      { id: 'feedback', title: 'Feedback channel with sex-disaggregated results', answer: 1 },
      { id: 'childcare', title: 'Appointment times that fit care work', answer: 3 },
    ],
  },
  {
    id: 'participation',
    title: 'E-participation and citizen uptake',
    shortTitle: 'Participation and uptake',
    indicators: [
      { id: 'uptake', title: 'Women’s uptake of e-services is measured', critical: true, weight: 2, answer: 1, note: 'ក្រសួងមិនទាន់វាស់វែងការប្រើប្រាស់តាមភេទនៅឡើយទេ។' },
      { id: 'consultation', title: 'Online consultations reach women', answer: 2 },
      { id: 'grievance', title: 'Grievance redress online', answer: 3, evidence: [doc('Grievance portal statistics', 'document-seen')] },
      { id: 'decision', title: 'Women’s input changes decisions', answer: 0 },
      { id: 'outreach', title: 'Outreach through women’s organisations', answer: 2 },
      { id: 'safe-participation', title: 'Safe spaces for participation', answer: 'dk' },
      { id: 'open-data', title: 'Open gender data', answer: 1 },
      { id: 'youth', title: 'Young women engaged', answer: 'na', naReason: 'outside-mandate' },
      { id: 'rural', title: 'Rural women reached', answer: 1 },
      { id: 'results', title: 'Results reported back to participants', answer: 2 },
    ],
  },
  {
    id: 'connectivity',
    title: 'Connectivity, affordability and skills',
    shortTitle: 'Connectivity',
    indicators: [
      // Strong practice on a weak baseline: the score reaches the Gender-responsive line, the critical gap caps the band.
      { id: 'gap-data', title: 'Data on the gender gap in internet use', critical: true, weight: 2, answer: 1, evidence: [doc('Household ICT survey 2023', 'independently-verified', { date: '2023-11-30' })] },
      { id: 'policy', title: 'Connectivity policy addresses women', answer: 3 },
      { id: 'affordability', title: 'Affordable data for low-income women', answer: 3 },
      { id: 'public-access', title: 'Public access points safe for women', answer: 3, note: 'Telecentres open until 20:00, with women staff.' },
      { id: 'coverage', title: 'Network coverage where women live', answer: 'na', naReason: 'handled-nationally' },
      { id: 'devices', title: 'Access to devices', answer: 3 },
      { id: 'skills-programmes', title: 'Digital skills programmes for women', answer: 4 },
      { id: 'online-safety', title: 'Online safety education', answer: 3 },
      { id: 'content', title: 'Relevant local content', answer: 'dk' },
      { id: 'awareness', title: 'Awareness campaigns', answer: 3 },
    ],
  },
];

const RECOMMENDATION_TEXT: Record<Horizon, string> = {
  'quick-win': 'Publish a one-page note that sets out who does what, and share it with every service owner.',
  'medium-term': 'Add a sex field to the service dashboards and report the figures to management each quarter.',
  structural: 'Make gender analysis a required step in the digital service standard, with budget and staff to apply it.',
};

const EFFORT: Record<Horizon, Effort> = { 'quick-win': 'low', 'medium-term': 'medium', structural: 'high' };
const HORIZONS: Horizon[] = ['quick-win', 'medium-term', 'structural'];

export interface FixtureOptions {
  ministry?: string;
  dimensionTitle?: { id: string; title: string };
  longNotes?: boolean;
  dimensions?: DimensionSpec[];
  nationalContext?: NationalContext;
}

function statusOf(spec: IndicatorSpec): AnswerStatus | 'unanswered' {
  if (spec.answer === 'na') return 'not-applicable';
  if (spec.answer === 'dk') return 'dont-know';
  if (spec.answer === 'unanswered') return 'unanswered';
  return 'answered';
}

function emptyCoverage(): Coverage {
  return { indicators: 0, applicable: 0, answered: 0, dontKnow: 0, unanswered: 0, notApplicable: 0, evidenced: 0, setByCondition: 0, answeredShare: 1, evidenceShare: 0 };
}

function countCoverage(indicators: readonly IndicatorResult[]): Coverage {
  const c = emptyCoverage();
  const applicable = indicators.filter((i) => i.applicable).length;
  const answered = indicators.filter((i) => i.status === 'answered').length;
  const evidenced = indicators.filter((i) => i.status === 'answered' && i.evidence.some((e) => e.verification !== 'claimed')).length;
  return {
    ...c,
    indicators: indicators.length,
    applicable,
    answered,
    dontKnow: indicators.filter((i) => i.status === 'dont-know').length,
    unanswered: indicators.filter((i) => i.status === 'unanswered').length,
    notApplicable: indicators.filter((i) => !i.applicable).length,
    evidenced,
    answeredShare: applicable === 0 ? 1 : answered / applicable,
    evidenceShare: answered === 0 ? 0 : evidenced / answered,
  };
}

const BANDS: Band[] = [
  { min: 0, label: 'Gender-blind', meaning: 'Digital government is designed and run without regard to differences between women and men.' },
  { min: 0.25, label: 'Gender-sensitive', meaning: 'Differences between women and men are recognised and some measures exist, but they are isolated and largely unmeasured.' },
  { min: 0.6, label: 'Gender-responsive', meaning: 'Gender is built into policies and main services, with data to show who is reached.', gate: { criticalMinLevel: 2 } },
  { min: 0.8, label: 'Gender-transformative', meaning: 'Gender equality is an institutionalised outcome of digital government.', gate: { criticalMinLevel: 3, topLevelShare: 0.25 } },
];
const LIMITED_SCOPE_BELOW = 0.85;

/** The band, its gates and marks, from the core's own rules: the reporters under test render them, they do not decide them. */
function qualified(score: number, applicableWeight: number, scope: Weighted[]) {
  const { band, bandCap, gates, topLevelShare } = bandOutcome(BANDS, score, scope, MAX_LEVEL);
  return { band, bandCap, gates, topLevelShare, ...scoreMarks(score, applicableWeight, LIMITED_SCOPE_BELOW, scope) };
}

export function buildAssessment(options: FixtureOptions = {}): Assessment {
  const specs = (options.dimensions ?? fixtureDimensions).map((d) =>
    options.dimensionTitle?.id === d.id ? { ...d, title: options.dimensionTitle.title } : d,
  );
  const dimWeightTotal = specs.length;

  const dimensions: DimensionResult[] = specs.map((d) => {
    const applicableWeight = d.indicators.filter((i) => i.answer !== 'na').reduce((s, i) => s + (i.weight ?? 1), 0);
    const totalWeight = d.indicators.reduce((s, i) => s + (i.weight ?? 1), 0);
    const indicators: IndicatorResult[] = d.indicators.map((spec) => {
      const status = statusOf(spec);
      const applicable = spec.answer !== 'na';
      const level = !applicable ? null : typeof spec.answer === 'number' ? spec.answer : 0;
      const weight = spec.weight ?? 1;
      const normalisedWeight = applicable ? weight / applicableWeight : 0;
      const score = level === null ? null : level / MAX_LEVEL;
      const target = spec.target ?? 3;
      const gap = level === null ? 0 : Math.max(0, target - level);
      // Each dimension has equal weight and a score, so its share of the index is 1 / dimensions.
      const pointsPerLevel = (normalisedWeight / MAX_LEVEL) * (100 / dimWeightTotal);
      const exclusion: Exclusion | null = applicable
        ? null
        : { kind: 'not-applicable', reason: spec.naReason ?? 'other', note: spec.note ?? null };
      let note = applicable ? (spec.note ?? null) : null;
      if (options.longNotes && note !== null) note = Array.from({ length: 6 }, () => note).join(' ');
      return {
        id: spec.id,
        dimensionId: d.id,
        title: spec.title,
        type: 'level',
        weight,
        critical: spec.critical ?? false,
        scope: 'ministry',
        status,
        applicable,
        exclusion,
        levelSetBy: null,
        answerText: typeof spec.answer === 'number' ? `Level ${spec.answer}` : status === 'dont-know' ? "Don't know" : null,
        answer: typeof spec.answer === 'number' ? { type: 'level', level: spec.answer } : null,
        level,
        descriptor: level === null ? null : `${SCALE_LABELS[level] ?? ''}: ${spec.title.toLowerCase()} at this stage.`,
        score,
        normalisedWeight,
        contribution: score === null ? 0 : normalisedWeight * score * 100,
        target,
        gap,
        gainNext: gap > 0 ? pointsPerLevel : 0,
        gainToTarget: gap * pointsPerLevel,
        note,
        checklist: null,
        evidence: spec.evidence ?? [],
        evidenced: status === 'answered' && (spec.evidence ?? []).some((e) => e.verification !== 'claimed'),
        agency: null,
        sdg: spec.sdg ?? [],
        crosswalk: spec.id === 'strategy' ? [{ framework: 'gtmi', item: 'Core Government Systems Index' }] : [],
        evidenceRequired: spec.evidenceRequired ?? null,
      };
    });
    const score = indicators.reduce((s, i) => s + (i.score ?? 0) * i.normalisedWeight, 0);
    const targetScore = indicators.reduce((s, i) => s + (i.applicable ? (i.target / MAX_LEVEL) * i.normalisedWeight : 0), 0);
    const upperScore = indicators.reduce((s, i) => s + (i.status === 'answered' ? (i.score ?? 0) : i.target / MAX_LEVEL) * i.normalisedWeight, 0);
    return {
      id: d.id,
      title: d.title,
      shortTitle: d.shortTitle,
      description: `What ${d.shortTitle.toLowerCase()} covers.`,
      weight: 1,
      normalisedWeight: 1 / dimWeightTotal,
      contribution: (score * 100) / dimWeightTotal,
      score,
      ...qualified(score, applicableWeight / totalWeight, indicators.map((i) => ({ indicator: i, weight: i.normalisedWeight }))),
      targetScore,
      toTarget: Math.min(1, score / targetScore),
      upperScore,
      scoreExcludedAtZero: (score * applicableWeight) / totalWeight,
      applicableWeight: applicableWeight / totalWeight,
      coverage: countCoverage(indicators),
      indicators,
    };
  });

  const allIndicators = dimensions.flatMap((d) => d.indicators);
  const overallScore = dimensions.reduce((s, d) => s + (d.score ?? 0) / dimWeightTotal, 0);
  const overallTarget = dimensions.reduce((s, d) => s + (d.targetScore ?? 0) / dimWeightTotal, 0);
  const dimTotals = specs.map((d) => d.indicators.reduce((s, i) => s + (i.weight ?? 1), 0));
  const applicableShare =
    dimensions.reduce((s, d, k) => s + d.applicableWeight * (dimTotals[k] ?? 0), 0) / dimTotals.reduce((a, b) => a + b, 0);

  const below = allIndicators.filter((i) => i.applicable && i.level !== null && i.level < i.target);
  const gaps: Gap[] = below
    .map((i) => ({
      indicator: i.id,
      dimension: i.dimensionId,
      title: i.title,
      critical: i.critical,
      level: i.level ?? 0,
      target: i.target,
      gap: i.gap,
      priority: i.weight * i.gap,
      rank: 0,
      gainNext: i.gainNext,
      gainToTarget: i.gainToTarget,
      dataGap: i.status !== 'answered',
    }))
    .sort((a, b) => Number(b.critical) - Number(a.critical) || b.priority - a.priority || a.indicator.localeCompare(b.indicator))
    .map((g, k) => ({ ...g, rank: k + 1 }));

  const unnumbered = gaps.map((g, k) => {
    const horizon = HORIZONS[k % 3] ?? 'quick-win';
    return {
      id: `${g.indicator}-r1`,
      indicator: g.indicator,
      dimension: g.dimension,
      text: RECOMMENDATION_TEXT[horizon],
      effort: EFFORT[horizon],
      horizon,
      owner: k % 2 === 0 ? 'Digital government office' : 'Planning and statistics unit',
      successMeasure: k % 2 === 0 ? 'A signed decision is on file' : null,
      sources: k % 4 === 0 ? ['escap-2021', 'unw-2023'] : ['escap-2021'],
      gapRank: g.rank,
      critical: g.critical,
      level: g.level,
      target: g.target,
      gainToTarget: g.gainToTarget,
    };
  });
  // The plan lists its actions by horizon, numbered in that order; every fixture action is in the short plan.
  const recommendations: RecommendationResult[] = HORIZONS.flatMap((h) => unnumbered.filter((r) => r.horizon === h)).map((r, k) => ({
    action: k + 1,
    inShortPlan: true,
    ...r,
  }));

  const overallCoverage = countCoverage(allIndicators);
  return {
    ...documentHead('assessment', '0.1.0'),
    rubric: {
      id: 'egov-women',
      version: '1.0.0',
      hash: 'sha256:3f1c0d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e',
      title: 'Gender-responsive e-government self-assessment',
      maxLevel: MAX_LEVEL,
      scale: [
        { level: 0, label: 'Absent', meaning: 'Nothing is in place, or the design assumes a single, undifferentiated user.' },
        { level: 1, label: 'Ad hoc', meaning: 'Isolated or purely informational efforts, with no mandate and no data.' },
        { level: 2, label: 'Defined', meaning: 'A written policy, standard or dedicated service exists, but coverage and data are limited.' },
        { level: 3, label: 'Implemented and measured', meaning: 'In operation at scale, with sex-disaggregated monitoring, targets and a budget.' },
        { level: 4, label: 'Institutionalised', meaning: 'Mandated and resourced, evaluated for outcomes, designed with women, and used to change decisions.' },
      ],
      bands: BANDS,
      limitedScopeBelow: LIMITED_SCOPE_BELOW,
    },
    meta: {
      ministry: options.ministry ?? 'Ministry of Digital Economy and Society',
      country: 'Thailand',
      assessors: ['Somchai Prasert', 'Nguyễn Thị Hằng', 'Anika Rahman'],
      date: '2026-03-15',
      language: 'en',
      pack: { id: 'egov-women', version: '1.0.0' },
    },
    targets: { source: 'pack', default: 3 },
    overall: {
      score: overallScore,
      ...qualified(
        overallScore,
        applicableShare,
        dimensions.flatMap((d) => d.indicators.map((i) => ({ indicator: i, weight: i.normalisedWeight / dimWeightTotal }))),
      ),
      targetScore: overallTarget,
      toTarget: Math.min(1, overallScore / overallTarget),
      upperScore: dimensions.reduce((s, d) => s + (d.upperScore ?? 0) / dimWeightTotal, 0),
      scoreExcludedAtZero: dimensions.reduce((s, d) => s + (d.scoreExcludedAtZero ?? 0) / dimWeightTotal, 0),
      applicableWeight: applicableShare,
    },
    dimensions,
    coverage: overallCoverage,
    gaps,
    recommendations,
    sources: [
      { key: 'escap-2021', title: 'Gender-responsive e-government: a training-of-trainers toolkit', organisation: 'UN ESCAP', year: 2021, url: 'https://www.unescap.org/' },
      { key: 'unw-2023', title: 'Progress on the Sustainable Development Goals: the gender snapshot', organisation: 'UN Women', year: 2023, url: 'https://www.unwomen.org/', note: 'Figures on the gender digital divide.' },
    ],
    glossary: [
      { term: 'Sex-disaggregated data', definition: 'Figures counted separately for women and men.', sources: ['escap-2021'] },
      { term: 'Women’s machinery', definition: 'The part of government whose mandate is women’s rights and gender equality.', sources: [] },
    ],
    nationalContext: options.nationalContext ?? null,
    warnings: [],
  };
}
