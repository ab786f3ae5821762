/**
 * Tables of the non-case authorities a brief cites: statute codes, regulations, court rules,
 * constitutions, journals and treatises, and the words that open a cite to the record.
 * As in reporters.ts, spacing is not data (`Fed.R.Civ.P.` matches `Fed. R. Civ. P.`), and every
 * `example` shows a shape only.
 */

/** A statute code or a compilation of regulations. */
export interface Code {
  abbreviation: string;
  variants?: readonly string[];
  kind: 'statute' | 'regulation';
  /** Written after a title number: `28 U.S.C.`, `17 C.F.R.`, `815 Ill. Comp. Stat.`. */
  titled?: boolean;
  /**
   * How the cited unit follows the code. `sections`: after `§`, `section` (or `tit.`/`ch.` first);
   * `numbers`: a section sign is optional (`N.Y. C.P.L.R. 3211`); `pages`: the Federal Register;
   * `public-law`: `Pub. L. No. 111-1`.
   */
  cites?: 'sections' | 'numbers' | 'pages' | 'public-law';
  example: string;
}

interface CaliforniaCode {
  /** Bluebook subject: `Civ. Proc.` in `Cal. Civ. Proc. Code`. */
  subject: string;
  /** California Style Manual form: `Code Civ. Proc.`, `Civ. Code`. */
  styleManual: string;
  /** The code's name: `Code of Civil Procedure`, `Civil Code`. */
  name: string;
  section: string;
}

const CALIFORNIA_CODES: readonly CaliforniaCode[] = [
  { subject: 'Bus. & Prof.', styleManual: 'Bus. & Prof. Code', name: 'Business and Professions Code', section: '17200' },
  { subject: 'Civ.', styleManual: 'Civ. Code', name: 'Civil Code', section: '1542' },
  { subject: 'Civ. Proc.', styleManual: 'Code Civ. Proc.', name: 'Code of Civil Procedure', section: '2025.450' },
  { subject: 'Com.', styleManual: 'Com. Code', name: 'Commercial Code', section: '2201' },
  { subject: 'Corp.', styleManual: 'Corp. Code', name: 'Corporations Code', section: '300' },
  { subject: 'Educ.', styleManual: 'Ed. Code', name: 'Education Code', section: '44932' },
  { subject: 'Elec.', styleManual: 'Elec. Code', name: 'Elections Code', section: '9000' },
  { subject: 'Evid.', styleManual: 'Evid. Code', name: 'Evidence Code', section: '1152' },
  { subject: 'Fam.', styleManual: 'Fam. Code', name: 'Family Code', section: '3011' },
  { subject: 'Fin.', styleManual: 'Fin. Code', name: 'Financial Code', section: '4000' },
  { subject: "Gov't", styleManual: 'Gov. Code', name: 'Government Code', section: '12940' },
  { subject: 'Health & Safety', styleManual: 'Health & Saf. Code', name: 'Health and Safety Code', section: '1250' },
  { subject: 'Ins.', styleManual: 'Ins. Code', name: 'Insurance Code', section: '790.03' },
  { subject: 'Lab.', styleManual: 'Lab. Code', name: 'Labor Code', section: '1194' },
  { subject: 'Penal', styleManual: 'Pen. Code', name: 'Penal Code', section: '632' },
  { subject: 'Prob.', styleManual: 'Prob. Code', name: 'Probate Code', section: '6400' },
  { subject: 'Pub. Res.', styleManual: 'Pub. Resources Code', name: 'Public Resources Code', section: '21000' },
  { subject: 'Pub. Util.', styleManual: 'Pub. Util. Code', name: 'Public Utilities Code', section: '2891' },
  { subject: 'Rev. & Tax.', styleManual: 'Rev. & Tax. Code', name: 'Revenue and Taxation Code', section: '6051' },
  { subject: 'Veh.', styleManual: 'Veh. Code', name: 'Vehicle Code', section: '23152' },
  { subject: 'Welf. & Inst.', styleManual: 'Welf. & Inst. Code', name: 'Welfare and Institutions Code', section: '15610' },
  { subject: 'Water', styleManual: 'Wat. Code', name: 'Water Code', section: '1200' },
];

/**
 * Each California code as the Bluebook writes it (`Cal. Civ. Proc. Code`), as California courts
 * write it (`Code Civ. Proc.`, with or without `Cal.`), and by name. The forms without `Cal.` are
 * California's own style, so they are read as California's codes.
 */
function californiaCode({ subject, styleManual, name, section }: CaliforniaCode): Code {
  const abbreviation = `Cal. ${subject} Code`;
  return {
    abbreviation,
    variants: [`Cal. ${styleManual}`, styleManual, `California ${name}`, name],
    kind: 'statute',
    example: `${abbreviation} § ${section}`,
  };
}

function statute(abbreviation: string, example: string, variants?: readonly string[]): Code {
  return { abbreviation, variants, kind: 'statute', example };
}

export const CODES: readonly Code[] = [
  // Federal
  { abbreviation: 'U.S.C.', kind: 'statute', titled: true, example: '28 U.S.C. § 1331' },
  { abbreviation: 'U.S.C.A.', kind: 'statute', titled: true, example: '42 U.S.C.A. § 1983' },
  { abbreviation: 'U.S.C.S.', kind: 'statute', titled: true, example: '42 U.S.C.S. § 1983' },
  { abbreviation: 'Pub. L.', kind: 'statute', cites: 'public-law', example: 'Pub. L. No. 100-200' },
  { abbreviation: 'C.F.R.', kind: 'regulation', titled: true, example: '17 C.F.R. § 240.10b-5' },
  { abbreviation: 'Fed. Reg.', kind: 'regulation', titled: true, cites: 'pages', example: '85 Fed. Reg. 12,345' },
  { abbreviation: 'Cal. Code Regs.', variants: ['Cal. Code Reg.'], kind: 'regulation', example: 'Cal. Code Regs. tit. 22, § 100' },

  ...CALIFORNIA_CODES.map(californiaCode),

  // New York
  statute('N.Y. Gen. Bus. Law', 'N.Y. Gen. Bus. Law § 349', ['New York General Business Law']),
  statute('N.Y. Gen. Oblig. Law', 'N.Y. Gen. Oblig. Law § 5-701'),
  statute('N.Y. Lab. Law', 'N.Y. Lab. Law § 191', ['New York Labor Law']),
  statute('N.Y. Penal Law', 'N.Y. Penal Law § 120.05'),
  { abbreviation: 'N.Y. C.P.L.R.', variants: ['CPLR', 'N.Y. CPLR'], kind: 'statute', cites: 'numbers', example: 'N.Y. C.P.L.R. 3211(a)(7)' },

  // Texas
  statute('Tex. Civ. Prac. & Rem. Code Ann.', 'Tex. Civ. Prac. & Rem. Code Ann. § 16.003', ['Tex. Civ. Prac. & Rem. Code']),
  statute('Tex. Bus. & Com. Code Ann.', 'Tex. Bus. & Com. Code Ann. § 17.46', ['Tex. Bus. & Com. Code']),
  statute('Tex. Penal Code Ann.', 'Tex. Penal Code Ann. § 22.01', ['Tex. Penal Code']),
  statute('Tex. Fam. Code Ann.', 'Tex. Fam. Code Ann. § 6.001', ['Tex. Fam. Code']),
  statute("Tex. Gov't Code Ann.", "Tex. Gov't Code Ann. § 552.001", ["Tex. Gov't Code"]),
  statute('Tex. Ins. Code Ann.', 'Tex. Ins. Code Ann. § 541.060', ['Tex. Ins. Code']),
  statute('Tex. Lab. Code Ann.', 'Tex. Lab. Code Ann. § 21.051', ['Tex. Lab. Code']),

  // Other states
  statute('Fla. Stat.', 'Fla. Stat. § 768.81', ['Fla. Stat. Ann.']),
  { abbreviation: 'Ill. Comp. Stat.', variants: ['ILCS', 'Ill. Comp. Stat. Ann.'], kind: 'statute', titled: true, cites: 'numbers', example: '815 Ill. Comp. Stat. 505/2' },
  statute('Mass. Gen. Laws', 'Mass. Gen. Laws ch. 93A, § 2', ['Mass. Gen. Laws Ann.', 'M.G.L.']),
  statute('Wash. Rev. Code', 'Wash. Rev. Code § 19.86.020', ['Wash. Rev. Code Ann.', 'RCW']),
  statute('Or. Rev. Stat.', 'Or. Rev. Stat. § 646.608', ['ORS']),
  statute('Nev. Rev. Stat.', 'Nev. Rev. Stat. § 41.660', ['NRS']),
  statute('Ariz. Rev. Stat. Ann.', 'Ariz. Rev. Stat. Ann. § 12-341', ['Ariz. Rev. Stat.', 'A.R.S.']),
  statute('Colo. Rev. Stat.', 'Colo. Rev. Stat. § 13-21-111', ['C.R.S.']),
  statute('Ga. Code Ann.', 'Ga. Code Ann. § 9-11-12', ['O.C.G.A.']),
  statute('N.J. Stat. Ann.', 'N.J. Stat. Ann. § 2A:14-1', ['N.J.S.A.']),
  statute('Ohio Rev. Code Ann.', 'Ohio Rev. Code Ann. § 2305.10', ['Ohio Rev. Code']),
  statute('Mich. Comp. Laws', 'Mich. Comp. Laws § 600.5805', ['Mich. Comp. Laws Ann.', 'MCL']),
  statute('Va. Code Ann.', 'Va. Code Ann. § 8.01-243', ['Va. Code']),
  statute('N.C. Gen. Stat.', 'N.C. Gen. Stat. § 1-52'),
  { abbreviation: 'Pa. Cons. Stat.', variants: ['Pa. Cons. Stat. Ann.', 'Pa. C.S.'], kind: 'statute', titled: true, example: '42 Pa. Cons. Stat. § 5524' },
  statute('Minn. Stat.', 'Minn. Stat. § 541.05', ['Minn. Stat. Ann.']),
  statute('Wis. Stat.', 'Wis. Stat. § 893.54', ['Wis. Stat. Ann.']),
  statute('Haw. Rev. Stat.', 'Haw. Rev. Stat. § 657-7'),
  statute('Utah Code Ann.', 'Utah Code Ann. § 78B-2-307'),
  statute('Conn. Gen. Stat.', 'Conn. Gen. Stat. § 42-110b'),
  statute('Md. Code Ann.', 'Md. Code Ann. § 5-101'),
  statute('Mo. Rev. Stat.', 'Mo. Rev. Stat. § 516.120'),
  statute('Tenn. Code Ann.', 'Tenn. Code Ann. § 28-3-104'),
  statute('Ind. Code', 'Ind. Code § 34-11-2-4', ['Ind. Code Ann.']),
  statute('Ky. Rev. Stat. Ann.', 'Ky. Rev. Stat. Ann. § 413.140'),
  statute('La. Rev. Stat. Ann.', 'La. Rev. Stat. Ann. § 9:5605'),
  statute('Ala. Code', 'Ala. Code § 6-2-38'),
  statute('S.C. Code Ann.', 'S.C. Code Ann. § 15-3-530'),
  statute('Okla. Stat.', 'Okla. Stat. tit. 12, § 95', ['Okla. Stat. Ann.']),
  statute('Kan. Stat. Ann.', 'Kan. Stat. Ann. § 60-513'),
  statute('Iowa Code', 'Iowa Code § 614.1'),
  statute('Idaho Code', 'Idaho Code § 5-219'),
  statute('Del. Code Ann.', 'Del. Code Ann. tit. 6, § 2513'),
  statute('D.C. Code', 'D.C. Code § 12-301'),
];

/** A body of court rules. */
export interface RuleSet {
  abbreviation: string;
  variants?: readonly string[];
  example: string;
}

const CIRCUITS = ['1st', '2d', '3d', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th', 'D.C.', 'Fed.'];

export const RULE_SETS: readonly RuleSet[] = [
  {
    abbreviation: 'Fed. R. Civ. P.',
    variants: ['FRCP', 'F.R.C.P.', 'Fed. R. Civ. Proc.', 'Federal Rule of Civil Procedure', 'Federal Rules of Civil Procedure'],
    example: 'Fed. R. Civ. P. 26(c)(1)',
  },
  {
    abbreviation: 'Fed. R. Evid.',
    variants: ['FRE', 'F.R.E.', 'Federal Rule of Evidence', 'Federal Rules of Evidence'],
    example: 'Fed. R. Evid. 401',
  },
  {
    abbreviation: 'Fed. R. App. P.',
    variants: ['FRAP', 'F.R.A.P.', 'Federal Rule of Appellate Procedure', 'Federal Rules of Appellate Procedure'],
    example: 'Fed. R. App. P. 4(a)(1)(A)',
  },
  {
    abbreviation: 'Fed. R. Crim. P.',
    variants: ['F.R.Crim.P.', 'Federal Rule of Criminal Procedure', 'Federal Rules of Criminal Procedure'],
    example: 'Fed. R. Crim. P. 12(b)',
  },
  {
    abbreviation: 'Fed. R. Bankr. P.',
    variants: ['Federal Rule of Bankruptcy Procedure', 'Federal Rules of Bankruptcy Procedure'],
    example: 'Fed. R. Bankr. P. 7056',
  },
  { abbreviation: 'Sup. Ct. R.', variants: ['Supreme Court Rule'], example: 'Sup. Ct. R. 10' },
  ...CIRCUITS.map((circuit) => ({ abbreviation: `${circuit} Cir. R.`, example: `${circuit} Cir. R. 36-3` })),
  { abbreviation: 'Cal. R. Ct.', variants: ['Cal. Rules of Court', 'California Rules of Court'], example: 'Cal. R. Ct. 8.204' },
  // Local rules, as each district names its own.
  {
    abbreviation: 'Local Rule',
    variants: ['Local Rules', 'Local Civil Rule', 'Local Civil Rules', 'Local Civ. R.', 'Local R.'],
    example: 'Local Rule 7.1(d)(1)',
  },
  { abbreviation: 'L.R.', variants: ['LR'], example: 'L.R. 7-2' },
  { abbreviation: 'Civ. L.R.', variants: ['Civil L.R.', 'Civil Local Rule', 'Civil Local Rules'], example: 'Civ. L.R. 7-3' },
  { abbreviation: 'CivLR', example: 'CivLR 7.1' },
  { abbreviation: 'Crim. L.R.', variants: ['CrimLR'], example: 'Crim. L.R. 47-2' },
  { abbreviation: 'S.D. Cal. Civ. R.', variants: ['S.D. Cal. CivLR'], example: 'S.D. Cal. Civ. R. 7.1' },
  { abbreviation: 'N.D. Cal. Civ. L.R.', example: 'N.D. Cal. Civ. L.R. 7-3' },
  { abbreviation: 'C.D. Cal. L.R.', example: 'C.D. Cal. L.R. 7-3' },
  { abbreviation: 'E.D. Cal. L.R.', example: 'E.D. Cal. L.R. 230' },
];

/** Bluebook abbreviations of the jurisdictions whose constitutions a brief cites, as in `Cal. Const.`. */
export const CONSTITUTION_JURISDICTIONS: readonly string[] = [
  'U.S.', 'Ala.', 'Alaska', 'Ariz.', 'Ark.', 'Cal.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Haw.', 'Idaho',
  'Ill.', 'Ind.', 'Iowa', 'Kan.', 'Ky.', 'La.', 'Me.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.',
  'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Ohio', 'Okla.', 'Or.', 'Pa.', 'R.I.', 'S.C.',
  'S.D.', 'Tenn.', 'Tex.', 'Utah', 'Vt.', 'Va.', 'Wash.', 'W. Va.', 'Wis.', 'Wyo.',
];

/** Law reviews and journals (Bluebook table T13 abbreviations). */
export const JOURNALS: readonly string[] = [
  'Harv. L. Rev.', 'Yale L.J.', 'Colum. L. Rev.', 'Stan. L. Rev.', 'Cal. L. Rev.', 'U. Chi. L. Rev.',
  'U. Pa. L. Rev.', 'Mich. L. Rev.', 'Va. L. Rev.', 'N.Y.U. L. Rev.', 'UCLA L. Rev.', 'Geo. L.J.',
  'Tex. L. Rev.', 'Duke L.J.', 'Nw. U. L. Rev.', 'Cornell L. Rev.', 'Minn. L. Rev.', 'Vand. L. Rev.',
  'B.U. L. Rev.', 'Notre Dame L. Rev.', 'Iowa L. Rev.', 'Wis. L. Rev.', 'Fordham L. Rev.', 'Geo. Wash. L. Rev.',
  'Wash. U. L. Rev.', 'Emory L.J.', 'Ariz. L. Rev.', 'S. Cal. L. Rev.', 'Loy. L.A. L. Rev.', 'Hastings L.J.',
  'Hastings Const. L.Q.', 'San Diego L. Rev.', 'U.C. Davis L. Rev.', 'Sup. Ct. Rev.', 'Berkeley Tech. L.J.',
  'Harv. J.L. & Pub. Pol\'y', 'Harv. J.L. & Tech.', 'Yale J. on Reg.', 'Ill. L. Rev.', 'Ind. L.J.', 'Ohio St. L.J.',
  'Wash. L. Rev.', 'Md. L. Rev.', 'Mo. L. Rev.', 'Wm. & Mary L. Rev.', 'B.C. L. Rev.', 'Cardozo L. Rev.',
  'Fla. L. Rev.', 'Ga. L. Rev.', 'Ala. L. Rev.', 'Colo. L. Rev.', 'Conn. L. Rev.', 'Ky. L.J.', 'Neb. L. Rev.',
];

/** Treatises, by the title a cite names (`8A Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 2035`). */
export interface Treatise {
  title: string;
  variants?: readonly string[];
}

export const TREATISES: readonly Treatise[] = [
  { title: 'Federal Practice and Procedure', variants: ['Fed. Prac. & Proc.', 'Fed. Prac. & Proc. Civ.', 'Fed. Prac. & Proc. Crim.'] },
  { title: "Moore's Federal Practice", variants: ["Moore's Fed. Prac.", "Moore's Federal Practice - Civil"] },
  { title: 'Corbin on Contracts' },
  { title: 'Williston on Contracts' },
  { title: 'McCormick on Evidence' },
  { title: "Weinstein's Federal Evidence", variants: ["Weinstein's Fed. Evid."] },
  { title: 'Nimmer on Copyright' },
  { title: 'McCarthy on Trademarks and Unfair Competition' },
  { title: 'Collier on Bankruptcy' },
  { title: 'Newberg on Class Actions', variants: ['Newberg and Rubenstein on Class Actions'] },
  { title: 'Chisum on Patents' },
  { title: 'Prosser and Keeton on the Law of Torts' },
];

/**
 * Words that open a cite to the case's own record. `docket`: a filing by number (`Doc. No. 66`);
 * `exhibit`: an exhibit by letter or number; `paper`: a filing by name, cited by paragraph, page or
 * page:line (`Smith Decl. ¶ 3`, `Compl. ¶ 12`, `Hr'g Tr. 4:5`); `administrative`: the administrative record by page.
 */
export type RecordForm = 'docket' | 'exhibit' | 'paper' | 'administrative';

export const RECORD_WORDS: readonly { written: string; form: RecordForm }[] = [
  ...['Doc.', 'Docs.', 'Dkt.', 'Dkt', 'Dkts.', 'Docket', 'ECF'].map((written) => ({ written, form: 'docket' as const })),
  ...['Ex.', 'Exs.', 'Exh.', 'Exhs.', 'Exhibit', 'Exhibits'].map((written) => ({ written, form: 'exhibit' as const })),
  ...['Decl.', 'Aff.', 'Compl.', 'FAC', 'SAC', 'TAC', 'Mot.', "Opp'n", 'Tr.', 'Dep.'].map((written) => ({
    written,
    form: 'paper' as const,
  })),
  ...['AR', 'A.R.'].map((written) => ({ written, form: 'administrative' as const })),
];
