import { defineInteractionsSuite } from './interactions-suite';

defineInteractionsSuite('sqlite');
