import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/lib/ingest/html.ts';

describe('htmlToText', () => {
  it('keeps block structure as lines and drops scripts, styles and page furniture', () => {
    const html = `<!doctype html><html><head><title>站点标题</title><style>p{color:red}</style></head>
      <body><nav><a href="/">首页</a> | <a>政务公开</a></nav><header>某某市人民政府网</header>
      <div class="article"><h1>绍兴市2019年度法治政府建设情况报告</h1>
      <p>一、主要工作</p><p>市本级共收到依申请公开<b>495</b>件，
         共回复处理487件。</p>
      <script>var x = "调解4066宗";</script>
      <ul><li>第一项</li><li>第二项</li></ul>line one<br>line two</div>
      <footer>版权所有</footer></body></html>`;
    expect(htmlToText(html)).toBe(
      ['绍兴市2019年度法治政府建设情况报告', '一、主要工作', '市本级共收到依申请公开495件， 共回复处理487件。', '第一项', '第二项', 'line one', 'line two'].join('\n'),
    );
  });

  it('decodes entities and keeps no-break and ideographic spaces as content', () => {
    expect(htmlToText('<p>A&amp;B&nbsp;C\u3000D &lt;E&gt;</p>')).toBe('A&B\u00a0C\u3000D <E>');
  });

  it('separates table cells and rows', () => {
    expect(htmlToText('<table><tr><td>受理</td><td>120件</td></tr><tr><td>审结</td><td>100件</td></tr></table>')).toBe('受理 120件\n审结 100件');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(htmlToText('<pre>第一行\n第二行</pre>')).toBe('第一行\n第二行');
  });

  it('returns an empty string for markup without text', () => {
    expect(htmlToText('<html><head><script>1</script></head><body>  <div> </div></body></html>')).toBe('');
  });
});
