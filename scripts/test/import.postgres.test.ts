import { defineImportSuite } from './import-suite.ts';

defineImportSuite('postgres');
