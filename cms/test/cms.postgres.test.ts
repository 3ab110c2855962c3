import { defineCmsSuite } from './cms-suite';

defineCmsSuite('postgres');
