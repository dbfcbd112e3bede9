// Opens the configured store once; handlers receive it and never choose one themselves.
import type { StoreConfig } from '../config';
import type { Repository } from './types';

export async function openStore(config: StoreConfig): Promise<Repository> {
  if (config.kind === 'cosmos') {
    const { CosmosRepository } = await import('./cosmos');
    return CosmosRepository.connect(config);
  }
  const { SqliteRepository } = await import('./sqlite');
  return new SqliteRepository(config.file);
}
