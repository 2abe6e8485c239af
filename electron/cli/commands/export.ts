/** `export` command: placeholder until its owner lands it. */
import type { CliArgs } from '../args';
import { InputError } from '../../../shared/errors';

/** Not implemented yet. */
export async function run(_args: CliArgs): Promise<number> {
  throw new InputError('not-implemented', '命令 export 尚未实现', 'command export is not implemented yet');
}
