// Global setup of the LibreOffice suites: they need soffice; without it, fail loudly with the fix, never skip.
const { execFileSync } = require('child_process');
module.exports = async () => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'LibreOffice is missing. Install it: apt-get update && apt-get install -y --no-install-recommends libreoffice-calc-nogui',
    );
  }
};
