import { endpointDocs, errorMeanings, pathParameterDocs, securityRules } from '../../src/contract/docs/index.js';
import * as contract from '../../src/contract/index.js';
import { flows, flowSections } from '../../src/contract/flows.js';
import { sourceFromModule, type ContractSource } from './source.js';

/** The contract of this repository, as the generators read it. */
export function loadContract(): ContractSource {
  return sourceFromModule(contract as Record<string, unknown>, { endpointDocs, errorMeanings, securityRules, pathParameterDocs }, flows, flowSections);
}
