import { defineInteractionsSuite } from './interactions-suite';

defineInteractionsSuite('postgres');
