/** opencc-js ships its dictionaries as modules without type declarations: each is OpenCC's "from to|from to" text. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
