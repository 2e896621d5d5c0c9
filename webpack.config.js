/*
 * Builds the task pane, the ribbon commands (with their result dialog) and the browser page (web.html, with its worker) into dist/, and serves
 * them on https://localhost:3000 in development. Each page has its own entry: the commands bundle has no React, the
 * task pane no ExcelJS, and the browser page loads ExcelJS only in its worker, at the first file opened.
 *
 * Production (`npm run build`) also writes dist/breakdown-check.html, the browser page as one self-contained file
 * (see oneFileConfigs), and, with ADDIN_BASE_URL=https://<host>/<path>/, a manifest whose every URL is under that
 * origin (the Office-Addin-TaskPane convention: urlDev rewritten to urlProd by the manifest's copy transform).
 */
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const HtmlInlineScriptPlugin = require("html-inline-script-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const packageJson = require("./package.json");

const urlDev = "https://localhost:3000/";

/** ADDIN_BASE_URL, checked: an https:// address ending in "/", without query or fragment; undefined when unset. */
function productionUrl(value) {
  if (!value) return undefined;
  let url;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== "https:" || url.search || url.hash || url.username || /localhost/i.test(url.host))
    throw new Error(
      `ADDIN_BASE_URL 应为加载项所在的 HTTPS 地址（如 https://addin.example.gov.cn/breakdown-check/），实为 "${value}"。` +
        ` ADDIN_BASE_URL must be the add-in's https:// address (no query, fragment or localhost).`
    );
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** package.json's version in the manifest's four-part form: 1.2.3 → 1.2.3.0 (a pre-release tag is dropped). */
function manifestVersion(version) {
  const parts = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!parts) throw new Error(`package.json version "${version}" is not x.y.z`);
  return `${parts[1]}.${parts[2]}.${parts[3]}.0`;
}

/** The manifest as built: its version from package.json and, for production, every dev URL moved to urlProd. */
function transformManifest(content, urlProd) {
  let xml = content.toString().replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(packageJson.version)}</Version>`);
  if (urlProd) {
    // Full URLs first (urlDev ends in "/"), then the bare origin (AppDomain) — nothing of localhost stays.
    xml = xml.split(urlDev).join(urlProd).split(urlDev.slice(0, -1)).join(new URL(urlProd).origin);
  }
  return xml;
}

/** The browser page's policy for the one file: nothing but itself (inline scripts and styles), its worker (a blob:) and its data: images. */
const ONE_FILE_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; worker-src blob:; connect-src data: blob:; " +
  "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Makes web.html's copy self-contained: its Content-Security-Policy allows inline scripts (the file has no origin to
 * trust) and its icon becomes a data: URL. Fails the build when web.html no longer has either, rather than ship a
 * page that cannot run.
 */
class OneFilePagePlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("OneFilePagePlugin", (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).beforeEmit.tap("OneFilePagePlugin", (data) => {
        const icon = fs.readFileSync(path.resolve(__dirname, "src/assets/icon-32.png")).toString("base64");
        const csp = /(http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/;
        const iconLink = /(<link rel="icon" type="image\/png" href=")[^"]*(")/;
        if (!csp.test(data.html) || !iconLink.test(data.html))
          throw new Error("breakdown-check.html: web.html has no Content-Security-Policy meta or icon link to adapt");
        data.html = data.html
          .replace(csp, (_, open, close) => `${open}${ONE_FILE_CSP}${close}`)
          .replace(iconLink, (_, open, close) => `${open}data:image/png;base64,${icon}${close}`);
        return data;
      });
    });
  }
}

const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { configFile: "tsconfig.json", transpileOnly: true } },
};

/**
 * dist/breakdown-check.html: web.html as one file that opens from a USB stick (file://) with no server or network.
 * Two compilers: the worker first, as one script, into a scratch folder outside dist/; then the page, where
 * spawnWorker.oneFile.ts takes the place of spawnWorker.ts and starts that script from a Blob URL. Lazy chunks are
 * bundled in (asyncChunks: false), the scripts inlined by html-inline-script-webpack-plugin, the example workbooks
 * embedded (oneFileExamples.ts).
 */
function oneFileConfigs(outputPath) {
  const scratch = path.join(
    os.tmpdir(),
    `breakdown-check-one-file-${crypto.createHash("sha1").update(outputPath).digest("hex").slice(0, 10)}`
  );
  const workerFile = path.join(scratch, "web-worker.js");
  const shared = {
    mode: "production",
    devtool: false,
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    performance: { hints: false },
  };
  return [
    {
      ...shared,
      name: "one-file-worker",
      target: "webworker",
      entry: { "web-worker": "./src/web/worker.ts" },
      output: { path: scratch, filename: "[name].js", asyncChunks: false, clean: true },
      module: { rules: [typescriptRule] },
      optimization: { splitChunks: false },
    },
    {
      ...shared,
      name: "one-file",
      dependencies: ["addin", "one-file-worker"],
      target: "web",
      entry: { "breakdown-check": ["./src/web/oneFileExamples.ts", "./src/web/index.tsx"] },
      output: { path: outputPath, filename: "[name].js", asyncChunks: false, publicPath: "" },
      resolve: { ...shared.resolve, alias: { "breakdown-check-one-file-worker$": workerFile } },
      module: {
        rules: [
          typescriptRule,
          { test: /\.xlsx$/, type: "asset/inline" },
          { include: [workerFile], type: "asset/source" },
        ],
      },
      optimization: { splitChunks: false },
      plugins: [
        new webpack.NormalModuleReplacementPlugin(/[\\/]spawnWorker$/, (resource) => {
          resource.request = resource.request.replace(/spawnWorker$/, "spawnWorker.oneFile");
        }),
        new HtmlWebpackPlugin({
          filename: "breakdown-check.html",
          template: "./src/web/web.html",
          chunks: ["breakdown-check"],
          inject: "body",
          scriptLoading: "blocking",
        }),
        new HtmlInlineScriptPlugin(),
        new OneFilePagePlugin(),
      ],
    },
  ];
}

/**
 * lib/breakdown-check.js: the command line as one file (`webpack --env cli`, run by `npm run build:cli` and on
 * install). A one-shot run spends a noticeable part of its time loading code: one file, with the unused parts of its
 * libraries left out (htmlparser2 gives only its tokenizer), loads in about half the time of lib/'s 120 modules
 * (README, `npm run bench`). The heavy readers stay outside and load only when needed (SheetJS for other formats,
 * ExcelJS, mammoth for .docx plans); the annotated-copy writer is a chunk loaded with the first `--out`.
 */
function cliConfig() {
  return {
    name: "cli",
    mode: "production",
    target: "node20",
    devtool: false,
    entry: { "breakdown-check": "./src/cli/main.ts" },
    output: {
      path: path.resolve(__dirname, "lib"),
      filename: "[name].js",
      chunkFilename: "cli-chunks/[name].js",
      library: { type: "commonjs2" },
    },
    externals: {
      "@e965/xlsx": "commonjs @e965/xlsx",
      exceljs: "commonjs exceljs",
      mammoth: "commonjs mammoth",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [typescriptRule] },
    // Readable stack traces; minifying was measured to load no faster.
    optimization: { minimize: false, splitChunks: false },
    performance: { hints: false },
  };
}

async function httpsOptions() {
  // office-addin-dev-certs makes a localhost certificate and asks the OS to trust its CA (once, on Windows/Mac).
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    // On Linux the CA install needs sudo and a system store Office never reads anyway: serve the certificate
    // that was generated, untrusted, and say so — the page still loads for browser tests and curl -k.
    const fs = require("node:fs");
    const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(localhostCertificatePath)) throw error;
    console.warn(`[dev-server] the dev CA could not be trusted on this machine (${error.message.split("\n")[0]}); serving it untrusted.`);
    return {
      ca: fs.readFileSync(caCertificatePath),
      key: fs.readFileSync(localhostKeyPath),
      cert: fs.readFileSync(localhostCertificatePath),
    };
  }
}

module.exports = async (env, argv) => {
  if (env && env.cli) return cliConfig();
  const dev = argv.mode !== "production";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  // Without ADDIN_BASE_URL (and always in development) the manifest keeps urlDev, for sideloading from this computer.
  const urlProd = dev ? undefined : productionUrl(process.env.ADDIN_BASE_URL);
  // BREAKDOWN_CHECK_DIST builds elsewhere than dist/ (the release script and its test use a folder of their own).
  const outputPath = path.resolve(__dirname, process.env.BREAKDOWN_CHECK_DIST || "dist");
  const addin = {
    name: "addin",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The ribbon 校验's result dialog: its own tiny bundle (no React, no Excel adapter).
      dialog: "./src/commands/dialog.ts",
      web: "./src/web/index.tsx",
    },
    output: {
      path: outputPath,
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.json", transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "dialog.html", template: "./src/commands/dialog.html", chunks: ["dialog"] }),
      new HtmlWebpackPlugin({ filename: "web.html", template: "./src/web/web.html", chunks: ["web"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => transformManifest(content, urlProd) },
          // The browser page's example workbooks.
          { from: "seeds/*.xlsx", to: "seeds/[name][ext]" },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // chart.js (and its colour helper) in a chunk of its own name, loaded with the page's first chart.
          chartjs: {
            test: /[\\/]node_modules[\\/](chart\.js|@kurkle)[\\/]/,
            name: "chart-js",
            chunks: "async",
            priority: 10,
          },
        },
      },
    },
    performance: { hints: false },
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await httpsOptions() } : undefined,
      static: false,
    },
  };
  // The dev server serves the add-in alone; production builds add the one file.
  return dev || serving ? addin : [addin, ...oneFileConfigs(outputPath)];
};
