// One config for both builds. Production: the task pane, the ribbon function file and the help
// page, with every manifest URL rewritten from ADDIN_BASE_URL. Development adds the browser
// preview (src/dev/preview), which never enters a production build. The code is built for the
// browsers package.json's "browserslist" names (target 'browserslist'; ts-loader emits tsconfig's
// ES2020); the task pane inlines the ES5 boot script (src/boot), which speaks in every other web view.
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { bootScript } = require('./src/boot/assemble');

const DEV_BASE_URL = 'https://localhost:3000';
const previewEntry = path.resolve(__dirname, 'src/dev/preview/index.tsx');

/** The base URL every manifest URL starts with; no trailing slash. */
function baseUrl(isProduction) {
  const fromEnv = (process.env.ADDIN_BASE_URL || '').trim().replace(/\/+$/, '');
  return isProduction && fromEnv ? fromEnv : DEV_BASE_URL;
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

module.exports = (_env, argv) => {
  const isProduction = argv.mode === 'production';
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
            transform: (content) => content.toString().split(DEV_BASE_URL).join(baseUrl(isProduction)),
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
};
