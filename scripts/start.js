// npm start: a development build served on port 3000. HTTPS with office-addin-dev-certs'
// certificate when it is installed (Office requires HTTPS to sideload); otherwise plain HTTP with
// a warning, because installing that CA needs sudo, which some machines do not allow.
const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const makeConfig = require('../webpack.config.js');

const PORT = Number(process.env.PORT || 3000);

function devCertificate() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { cert: 'localhost.crt', key: 'localhost.key', ca: 'ca.crt' };
  const found = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  return Object.values(found).every((f) => fs.existsSync(f))
    ? Object.fromEntries(Object.entries(found).map(([k, f]) => [k, fs.readFileSync(f)]))
    : null;
}

async function main() {
  const config = makeConfig({}, { mode: 'development' });
  config.mode = 'development';
  const cert = devCertificate();
  const server = cert ? { type: 'https', options: cert } : { type: 'http' };
  const scheme = cert ? 'https' : 'http';
  const devServer = new WebpackDevServer({ ...config.devServer, port: PORT, server }, webpack(config));
  await devServer.start();
  const base = `${scheme}://localhost:${PORT}`;
  if (!cert) {
    console.warn(
      'Cảnh báo: chưa có chứng chỉ office-addin-dev-certs nên máy chủ dùng HTTP thường; Excel cần HTTPS để nạp bổ trợ. Chạy `npx office-addin-dev-certs install` (cần quyền quản trị).\n' +
        'Warning: no office-addin-dev-certs certificate, so this serves plain HTTP; Excel needs HTTPS to sideload. Run `npx office-addin-dev-certs install` (needs admin rights).',
    );
  }
  console.log(`
Bổ trợ PII đang chạy / PII add-in served at ${base}
  Ngăn tác vụ / Task pane:               ${base}/taskpane.html
  Xem thử không cần Excel / Preview:     ${base}/preview.html
Bước tiếp theo / Next steps:
  Excel trên web / Excel on the web:     Trang đầu > Bổ trợ > Tải lên bổ trợ của tôi > manifest.xml
                                         Home > Add-ins > More add-ins > Upload My Add-in > manifest.xml
  Excel cho Windows/Mac / desktop:       npx office-addin-debugging start manifest.xml
Dừng / Stop: Ctrl+C.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
