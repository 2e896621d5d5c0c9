/*
 * Builds the task pane, the ribbon commands (with their result dialog) and the browser page (web.html, with its worker) into dist/, and serves
 * them on https://localhost:3000 in development. Each page has its own entry: the commands bundle has no React, the
 * task pane no ExcelJS, and the browser page loads ExcelJS only in its worker, at the first file opened.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

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
  const dev = argv.mode !== "production";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The ribbon 校验's result dialog: its own tiny bundle (no React, no Excel adapter).
      dialog: "./src/commands/dialog.ts",
      web: "./src/web/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
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
          { from: "manifest.xml", to: "manifest.xml" },
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
};
