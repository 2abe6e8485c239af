/** Fonts of GB/T 9704-2012 公文, with fallbacks Word and WPS pick when one is missing (see `fontFallbacks`). */

/** Body text: 仿宋_GB2312 (公文正文); 仿宋 / FangSong where the GB2312 build is absent. */
export const bodyFont = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312', cs: 'Times New Roman' } as const;

/** Headings and the header row: 黑体. */
export const headingFont = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体', cs: 'Arial' } as const;

/** The document title: 方正小标宋简体 (小标宋), 宋体 where it is not installed. */
export const titleFont = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体', cs: 'Times New Roman' } as const;

/** Page numbers: 宋体 (4号 in the standard). */
export const pageNumberFont = { ascii: '宋体', hAnsi: '宋体', eastAsia: '宋体', cs: '宋体' } as const;

/** The alternative names written to the font table: what Word and WPS use when the first font is missing. */
export const fontFallbacks: Readonly<Record<string, string>> = {
  仿宋_GB2312: '仿宋,FangSong,STFangsong',
  方正小标宋简体: '方正小标宋_GBK,华文中宋,宋体,SimSun',
  黑体: 'SimHei,Heiti SC,STHeiti',
  宋体: 'SimSun,Songti SC,STSong',
};

/** CSS font stacks for the HTML export and print, same families with fallbacks. */
export const cssFonts = {
  body: '"仿宋_GB2312", "仿宋", FangSong, STFangsong, "FangSong_GB2312", serif',
  heading: '"黑体", SimHei, "Heiti SC", STHeiti, sans-serif',
  title: '"方正小标宋简体", "方正小标宋_GBK", "华文中宋", STZhongsong, "宋体", SimSun, "Songti SC", serif',
  pageNumber: '"宋体", SimSun, "Songti SC", STSong, serif',
} as const;
