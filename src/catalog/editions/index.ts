// Registers every built-in edition's data at once: the command-line tool, tests and the preview
// import this module for its effect. The task pane loads them lazily instead (./lazy).
import { registerBuiltinEdition } from '../builtin';
import pii2023 from './pii-2023.json';
import pii2024 from './pii-2024.json';
import pii2025 from './pii-2025.json';

registerBuiltinEdition('2023', pii2023);
registerBuiltinEdition('2024', pii2024);
registerBuiltinEdition('2025', pii2025);
