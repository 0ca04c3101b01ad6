// The replication feature's public API: regions replicating Sumedang's playbooks. The entity class
// doubles as a GraphQL type and is exported for that use only; others read through the service.
export { AdoptionStepView, PlaybookAdoption, ReplicationCell, StepStatus } from './replication.entities';
export { type ReplicationLoaderSet, ReplicationLoaders } from './replication.loaders';
export { ReplicationModule } from './replication.module';
export { ReplicationService } from './replication.service';
