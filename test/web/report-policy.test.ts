import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { reportPolicy } from '../../src/web/report-policy.js';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const directive = (policy: string, name: string): string | undefined => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('the policy a report page is served with', () => {
  it.each([
    ['one style element and two column widths, one of them twice', '<style>\nh1{color:red}\n</style><table><col style="width:40%"><col style="width:60%"><col style="width:40%"></table>', `style-src-elem ${hash('\nh1{color:red}\n')}`, `style-src-attr 'unsafe-hashes' ${hash('width:40%')} ${hash('width:60%')}`],
    ['no style attribute', '<style>p{margin:0}</style><p>x</p>', `style-src-elem ${hash('p{margin:0}')}`, "style-src-attr 'none'"],
    ['markup written as text by the escaping renderer', '<p>&lt;style&gt;x&lt;/style&gt; style=&quot;color:red&quot;</p>', "style-src-elem 'none'", "style-src-attr 'none'"],
  ])('allows exactly what the page holds: %s', (_, page, elements, attributes) => {
    const policy = reportPolicy(page);
    expect([directive(policy, 'style-src-elem'), directive(policy, 'style-src-attr')]).toEqual([elements, attributes]);
    expect(policy.startsWith("default-src 'none'; ")).toBe(true);
    expect(directive(policy, 'font-src')).toBe("font-src 'self' data:");
    expect(policy).not.toContain('script-src');
  });
});
