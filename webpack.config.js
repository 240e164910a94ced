// One config for both builds. Production: the task pane, the ribbon function file and the help
// page, with every manifest URL rewritten from ADDIN_BASE_URL. Development adds the browser
// preview (src/dev/preview), which never enters a production build. The code is built for the
// browsers package.json's "browserslist" names (target 'browserslist'; ts-loader emits tsconfig's
// ES2020); the task pane inlines the ES5 boot script (src/boot), which speaks in every other web view.
const fs = require('fs');
const path = require('path');
const { URL } = require('url');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { bootScript } = require('./src/boot/assemble');

const { bilingual } = require('./scripts/messages');

const DEV_BASE_URL = 'https://localhost:3000';
const previewEntry = path.resolve(__dirname, 'src/dev/preview/index.tsx');
const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0|\[::\])$/i;

/** A production build that cannot be served to officers: the reason, bilingual. */
class BaseUrlError extends Error {}

/**
 * The production base URL from ADDIN_BASE_URL, without a trailing slash. It must be an https
 * address of a real host (not this machine) with no query, fragment or credentials: manifest.xml
 * tells every officer's Excel where the add-in lives. Throws BaseUrlError with the reason.
 */
function productionBaseUrl(raw) {
  const text = (raw || '').trim();
  if (text === '') throw new BaseUrlError(bilingual('buildBaseUrlMissing'));
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new BaseUrlError(bilingual('buildBaseUrlMalformed', { url: text }));
  }
  if (url.protocol !== 'https:') {
    if (url.protocol === 'http:') throw new BaseUrlError(bilingual('buildBaseUrlNotHttps', { url: text }));
    throw new BaseUrlError(bilingual('buildBaseUrlMalformed', { url: text }));
  }
  if (url.search || url.hash || url.username || url.password || /\s/.test(text)) {
    throw new BaseUrlError(bilingual('buildBaseUrlMalformed', { url: text }));
  }
  if (LOOPBACK.test(url.hostname)) {
    throw new BaseUrlError(bilingual('buildBaseUrlLocal', { url: text, host: url.hostname }));
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** The base URL every manifest URL starts with; no trailing slash. */
function baseUrl(isProduction, env) {
  if (isProduction) return productionBaseUrl(process.env.ADDIN_BASE_URL);
  // npm start passes the address it actually serves (port, http or https).
  return (env && env.devBaseUrl) || DEV_BASE_URL;
}

function page(name, chunks, template, options = {}) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: path.resolve(__dirname, template),
    chunks,
    ...options,
  });
}

/** html-webpack-plugin's production minification, plus the inline scripts (terser keeps them ES5). */
const MINIFY_WITH_INLINE_JS = {
  collapseWhitespace: true,
  keepClosingSlash: true,
  removeComments: true,
  removeRedundantAttributes: true,
  removeScriptTypeAttributes: true,
  removeStyleLinkTypeAttributes: true,
  useShortDoctype: true,
  minifyJS: { ecma: 5 },
};

/**
 * The webpack configuration. `env.devBaseUrl` (npm start) is where a development build is served;
 * a production build needs ADDIN_BASE_URL (see productionBaseUrl). Run by webpack-cli (npm run
 * build), a bad base URL prints its bilingual reason and exits 1; called from code (tests, the
 * bench), it throws.
 */
module.exports = (env = {}, argv = {}) => {
  try {
    return makeConfig(env, argv);
  } catch (error) {
    if (error instanceof BaseUrlError && env.WEBPACK_BUILD) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
};

function makeConfig(env, argv) {
  const isProduction = argv.mode === 'production';
  const manifestBase = baseUrl(isProduction, env);
  const withPreview = !isProduction && fs.existsSync(previewEntry);
  const entry = {
    taskpane: './src/ui/index.tsx',
    commands: './src/commands/commands.ts',
    ...(withPreview ? { preview: previewEntry } : {}),
  };
  // Read when the config is made: restart `npm start` after editing src/boot.
  const taskpaneOptions = {
    templateParameters: { bootScript: bootScript() },
    minify: isProduction ? MINIFY_WITH_INLINE_JS : false,
  };
  return {
    context: __dirname,
    entry,
    devtool: isProduction ? false : 'source-map',
    target: 'browserslist',
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: isProduction ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: isProduction ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      page('taskpane', ['taskpane'], 'src/ui/taskpane.html', taskpaneOptions),
      page('commands', ['commands'], 'src/commands/commands.html'),
      page('help', [], 'src/ui/help.html'),
      ...(withPreview ? [page('preview', ['preview'], 'src/dev/preview/preview.html')] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_BASE_URL).join(manifestBase),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { overlay: false },
    },
  };
}

module.exports.productionBaseUrl = productionBaseUrl;
