/** Fonts Chinese government offices use, with fallbacks Word and WPS pick when one is missing. */

/** Body text: 仿宋_GB2312 (公文正文), 仿宋 where the GB2312 build is absent. */
export const bodyFont = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312', cs: 'Times New Roman' } as const;

/** Headings and the header row: 黑体. */
export const headingFont = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体', cs: 'Arial' } as const;

/** The document title: 宋体 (方正小标宋 is rarely installed). */
export const titleFont = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' } as const;

/** CSS font stacks for the HTML export and print, same families with fallbacks. */
export const cssFonts = {
  body: '"仿宋_GB2312", "仿宋", FangSong, STFangsong, "FangSong_GB2312", serif',
  heading: '"黑体", SimHei, "Heiti SC", STHeiti, sans-serif',
  title: '"宋体", SimSun, "Songti SC", STSong, serif',
} as const;
