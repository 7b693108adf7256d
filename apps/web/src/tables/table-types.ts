// The register of national tables and the themes (opgaven) as the API's contract types them.
import { createTableDtoKindValues, type components } from '../api/schema';

export type NationalTable = components['schemas']['NationalTableDto'];
export type TableKind = NationalTable['kind'];
export type Theme = components['schemas']['ThemeDto'];
export type LiaisonAccount = components['schemas']['UserAccountDto'];

export const TABLE_KINDS = createTableDtoKindValues;
