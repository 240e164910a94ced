// Jest setup for every project: the built-in editions' data, registered at once as the command-line
// tool does (the pane fetches them as lazy chunks; see src/catalog/editions/lazy.ts).
import '../../src/catalog/editions';
