import { defineCmsSuite } from './cms-suite';

defineCmsSuite('sqlite');
