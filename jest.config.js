/** Jest: ts-jest for TypeScript; node by default, jsdom where a test file asks for it. */
module.exports = {
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testEnvironment: "node",
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx", esModuleInterop: true, resolveJsonModule: true, isolatedModules: true, skipLibCheck: true } }],
  },
  moduleNameMapper: {
    // office-addin-mock's dependency office-addin-manifest is ESM-only; Jest on Node 20 cannot load it.
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.js",
    "\\.(css|png|svg)$": "<rootDir>/test/support/asset-stub.js",
  },
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/test/support/summaryReporter.js"],
};
