/**
 * Thai words that ICU's dictionary segmenter (what `Intl.Segmenter` uses) cuts in two, so a line
 * could break inside them: compounds it splits into their parts (ผู้|หญิง, "woman", reads as
 * "person | female"), and loanwords it misreads (สมา|ร์ท|โฟน). A line never breaks inside one of
 * these. Add a word here when a report shows it split across lines; keep the gloss.
 */
export const THAI_NO_BREAK: readonly (readonly [word: string, gloss: string])[] = [
  ['ผู้หญิง', 'woman'],
  ['ผู้ใช้', 'user'],
  ['ผู้พิการ', 'person with a disability'],
  ['ผู้สูงอายุ', 'older person'],
  ['ผู้ประกอบการ', 'entrepreneur'],
  ['ผู้ดูแล', 'carer'],
  ['ผู้ให้บริการ', 'service provider'],
  ['ผู้ประสานงาน', 'coordinator'],
  ['ผู้เชี่ยวชาญ', 'expert'],
  ['ผู้ตอบ', 'respondent'],
  ['เจ้าหน้าที่', 'official, staff member'],
  ['หน่วยงาน', 'agency, unit'],
  ['เท่าเทียม', 'equal'],
  ['เสมอภาค', 'equality'],
  ['เพศสภาพ', 'gender'],
  ['ครัวเรือน', 'household'],
  ['ลงทะเบียน', 'to register'],
  ['มือถือ', 'mobile phone'],
  ['สมาร์ทโฟน', 'smartphone'],
  ['ผลกระทบ', 'impact'],
  ['ตัวชี้วัด', 'indicator'],
  ['รับผิดชอบ', 'to be responsible'],
  ['ผู้รับผิดชอบ', 'person or unit responsible'],
  ['คำตอบ', 'answer'],
  ['ความก้าวหน้า', 'progress'],
  ['ติดตามผล', 'follow-up'],
];
