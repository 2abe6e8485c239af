/** Defined by electron.config.ts when the main process is built: the parser's build (services/parser-build.ts). */
declare const __PARSER_BUILD__: string;
