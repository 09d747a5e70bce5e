/** esbuild bundles imported stylesheets into the entry point's .css file. */
declare module '*.css';
