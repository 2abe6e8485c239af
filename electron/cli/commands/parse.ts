/** `parse` command: placeholder until its owner lands it. */
import type { CliArgs } from '../args';
import { InputError } from '../../../shared/errors';

/** Not implemented yet. */
export async function run(_args: CliArgs): Promise<number> {
  throw new InputError('not-implemented', '命令 parse 尚未实现', 'command parse is not implemented yet');
}
