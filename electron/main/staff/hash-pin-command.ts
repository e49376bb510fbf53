/**
 * The référent's command that turns a staff PIN into the hash the configuration stores. The PIN is
 * read without echo (asked twice on a terminal), never printed, and only the hash goes to standard
 * output, so `npx tsx electron/main/staff/hash-pin-cli.ts > hash.txt` keeps the prompts out.
 */
import { isPinFormat } from '../../../common/staff/pin-pad.ts';
import { hashPin } from './pin-hash.ts';
import { createSecretReader, type SecretInput } from './secret-reader.ts';

/** Where the command reads and writes. */
export interface HashPinIo {
  readonly input: SecretInput;
  /** Receives the hash only. */
  readonly output: { write(text: string): unknown };
  /** Receives the prompts and messages, in French. */
  readonly messages: { write(text: string): unknown };
  /** Hashes a PIN; `hashPin` by default. */
  readonly hash?: (pin: string) => Promise<string>;
}

/** Runs the command; returns the process exit code (0 when a hash was printed). */
export async function runHashPin(io: HashPinIo): Promise<number> {
  const reader = createSecretReader(io.input);
  const ask = async (prompt: string): Promise<string | undefined> => {
    io.messages.write(prompt);
    const line = await reader.readLine();
    io.messages.write('\n');
    return line;
  };
  try {
    const pin = await ask('Code du mode personnel (4 à 8 chiffres, rien ne s’affiche), puis Entrée : ');
    if (pin === undefined) {
      io.messages.write('Saisie annulée, aucune empreinte produite.\n');
      return 1;
    }
    if (!isPinFormat(pin)) {
      io.messages.write('Le code doit faire de 4 à 8 chiffres, sans espace ni lettre.\n');
      return 1;
    }
    if (reader.interactive) {
      const again = await ask('Saisissez-le une seconde fois : ');
      if (again !== pin) {
        io.messages.write('Les deux saisies diffèrent, aucune empreinte produite.\n');
        return 1;
      }
    }
    const stored = await (io.hash ?? hashPin)(pin);
    io.output.write(`${stored}\n`);
    io.messages.write('Copiez cette empreinte dans le fichier de configuration de l’établissement (code du mode personnel).\n');
    return 0;
  } finally {
    reader.close();
  }
}
