import type { Assessment } from '../../src/core/assessment.js';
import type { FontScript } from '../../src/report/text/font-catalog.js';
import { buildAssessment } from './fixture.js';

/** A note a focal point might write, in one of the scripts the report has a font for. */
export interface ScriptSentence {
  readonly script: FontScript;
  /** The language the report tags the text with; Latin text other than Vietnamese gets none. */
  readonly lang: string;
  /** The font family the text must be drawn with. */
  readonly font: string;
  readonly text: string;
}

/**
 * One sentence per script, each saying that the ministry has published figures on women who use
 * its online services. The Khmer one has អំពី ("about"), whose NIKAHIT on QA meets a NULL
 * anchor in Noto Sans Khmer.
 */
export const SCRIPT_SENTENCES: readonly ScriptSentence[] = [
  { script: 'latin', lang: 'vi', font: 'NotoSans-Regular', text: 'Bộ đã công bố số liệu về phụ nữ sử dụng dịch vụ công trực tuyến.' },
  { script: 'thai', lang: 'th', font: 'NotoSansThai-Regular', text: 'กระทรวงได้เผยแพร่ข้อมูลผู้หญิงที่ใช้บริการออนไลน์แล้ว' },
  { script: 'devanagari', lang: 'hi', font: 'NotoSansDevanagari-Regular', text: 'मंत्रालय ने ऑनलाइन सेवाओं का उपयोग करने वाली महिलाओं के आंकड़े प्रकाशित किए हैं।' },
  { script: 'bengali', lang: 'bn', font: 'NotoSansBengali-Regular', text: 'মন্ত্রণালয় অনলাইন সেবা ব্যবহারকারী নারীদের তথ্য প্রকাশ করেছে।' },
  { script: 'khmer', lang: 'km', font: 'NotoSansKhmer-Regular', text: 'ក្រសួងបានចេញផ្សាយរបាយការណ៍អំពីស្ត្រីដែលប្រើសេវាអនឡាញ។' },
  { script: 'sc', lang: 'zh', font: 'NotoSansSC-Regular', text: '该部已公布使用在线服务的女性人数。' },
  { script: 'jp', lang: 'ja', font: 'NotoSansJP-Regular', text: '省はオンラインサービスを利用する女性の数を公表しました。' },
  { script: 'kr', lang: 'ko', font: 'NotoSansKR-Regular', text: '부처는 온라인 서비스를 이용하는 여성의 수를 공개했습니다.' },
];

/** The fixture with one dimension that holds one indicator per note, each answered at level 2. */
export function assessmentWithNotes(notes: readonly string[], title = 'Notes in every script'): Assessment {
  return buildAssessment({
    dimensions: [{ id: 'notes', title, shortTitle: 'Notes', indicators: notes.map((note, k) => ({ id: `note-${k + 1}`, title: `Indicator ${k + 1}`, answer: 2, note })) }],
  });
}
