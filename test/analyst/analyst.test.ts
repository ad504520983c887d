import { analystStore } from '../fixtures/analystGraph.js';
import { ENGINE_UNDER_TEST } from '../fixtures/testEngine.js';
import { runAnalystQuestions } from './analystQuestions.js';

runAnalystQuestions(ENGINE_UNDER_TEST, analystStore);
